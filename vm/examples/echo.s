; Reads advice bytes until end of input (0xFFFFFFFF), then prints them
; back upper-cased and in reverse order, without the final newline, plus "\n".
    .text
_start:
    imm32 -4(fp), buffer         ; write pointer
    imm32 -16(fp), buffer
read:
    advread -8(fp)
    beqi reverse, -8(fp), -1     ; end of input
    beqi read, -8(fp), 10        ; skip newlines
    ilt -12(fp), 96, -8(fp)      ; lower case? (96 < c)
    beqi store, -12(fp), 0
    subi -8(fp), -8(fp), 32
store:
    storeu8 -4(fp), -8(fp)
    addi -4(fp), -4(fp), 1
    beq read, 0(fp), 0(fp)
reverse:
    beq done, -4(fp), -16(fp)
    subi -4(fp), -4(fp), 1
    loadu8 -8(fp), -4(fp)
    write 0, -8(fp), 0, 0, 1
    beq reverse, 0(fp), 0(fp)
done:
    imm32 -8(fp), 10
    write 0, -8(fp), 0, 0, 1
    stop

    .bss
buffer:
    .zero 4096
