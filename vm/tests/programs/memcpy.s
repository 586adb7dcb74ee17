; MEMCPY: copies a string from .rodata to .bss and prints it; then an
; overlapping copy (dst = src + 1) shows the front-to-back byte order.
    .text
_start:
    imm32 -4(fp), dst
    imm32 -8(fp), src
    imm32 -12(fp), 14
    memcpy -4(fp), -8(fp), -12(fp)
    imm32 -16(fp), 0
print1:
    loadu8 -20(fp), -4(fp)
    write 0, -20(fp), 0, 0, 1
    addi -4(fp), -4(fp), 1
    addi -16(fp), -16(fp), 1
    bnei print1, -16(fp), 14
    ; overlapping: copy 5 bytes of "abcdef" one byte forward
    imm32 -8(fp), buf
    addi -4(fp), -8(fp), 1
    imm32 -12(fp), 5
    memcpy -4(fp), -8(fp), -12(fp)
    imm32 -16(fp), 0
print2:
    loadu8 -20(fp), -8(fp)
    write 0, -20(fp), 0, 0, 1
    addi -8(fp), -8(fp), 1
    addi -16(fp), -16(fp), 1
    bnei print2, -16(fp), 7
    stop

    .rodata
src:
    .ascii "Hello, memcpy\n"
    .data
buf:
    .ascii "abcdef\n"
    .bss
dst:
    .zero 16
