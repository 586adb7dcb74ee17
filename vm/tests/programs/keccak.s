; SHA3-256 of the empty message with one KECCAKF call: the padded block
; (0x06 at byte 0, 0x80 at byte 135 of the rate) is the whole input.
; Prints the 32-byte digest in hex.
    .text
_start:
    imm32 -4(fp), state
    imm32 -8(fp), 6
    storeu8 -4(fp), -8(fp)           ; state[0] = 0x06
    addi -12(fp), -4(fp), 135
    imm32 -8(fp), 128
    storeu8 -12(fp), -8(fp)          ; state[135] = 0x80
    keccakf 0, -4(fp)
    imm32 -16(fp), 0                 ; i
    imm32 -28(fp), hexdigits
hex:
    add -12(fp), -4(fp), -16(fp)
    loadu8 -8(fp), -12(fp)           ; byte
    shri -20(fp), -8(fp), 4
    add -24(fp), -28(fp), -20(fp)
    loadu8 -24(fp), -24(fp)
    write 0, -24(fp), 0, 0, 1
    andi -20(fp), -8(fp), 15
    add -24(fp), -28(fp), -20(fp)
    loadu8 -24(fp), -24(fp)
    write 0, -24(fp), 0, 0, 1
    addi -16(fp), -16(fp), 1
    bnei hex, -16(fp), 32
    imm32 -8(fp), 10
    write 0, -8(fp), 0, 0, 1
    stop

    .rodata
hexdigits:
    .ascii "0123456789abcdef"
    .bss
    .align 8
state:
    .zero 200
