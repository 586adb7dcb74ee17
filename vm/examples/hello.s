; Prints "Hello, Valida!\n" byte by byte from .rodata, then stops.
    .text
_start:
    imm32 -4(fp), message        ; p = &message
loop:
    loadu8 -8(fp), -4(fp)        ; c = *p
    beqi done, -8(fp), 0         ; end of string?
    write 0, -8(fp), 0, 0, 1
    addi -4(fp), -4(fp), 1
    beq loop, 0(fp), 0(fp)       ; unconditional branch
done:
    stop

    .rodata
message:
    .asciz "Hello, Valida!\n"
