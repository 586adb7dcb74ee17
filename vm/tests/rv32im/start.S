# Freestanding entry for RV32IM test programs: Linux user-mode stack layout
# (argc at sp, argv after it), call main(argc, argv), exit with its result.
    .text
    .globl _start
    .type _start, @function
_start:
    lw a0, 0(sp)          # argc
    addi a1, sp, 4        # argv
    andi sp, sp, -16
    call main
    li a7, 93             # exit
    ecall
    ebreak                # not reached
    .size _start, . - _start
