; Recursive Fibonacci in the frame convention: prints fib(0) .. fib(20),
; space separated, then exits with status fib(10) = 55 via __valida_exit_code.
    .text
_start:
    imm32 -4(fp), 0              ; i
    imm32 -8(fp), 32             ; ' '
loop:
    imm32 -40(fp), 48            ; fib(i): N = 48
    addi -36(fp), -4(fp), 0
    jal -48(fp), fib, -48
    addi -12(fp), -44(fp), 0     ; result from callee's 4(fp)
    imm32 -40(fp), 48            ; print_u32(result)
    addi -36(fp), -12(fp), 0
    jal -48(fp), print_u32, -48
    write 0, -8(fp), 0, 0, 1
    addi -4(fp), -4(fp), 1
    bnei loop, -4(fp), 21
    imm32 -40(fp), 48            ; exit code = fib(10)
    imm32 -36(fp), 10
    jal -48(fp), fib, -48
    imm32 -16(fp), __valida_exit_code
    sw -16(fp), -44(fp)
    stop

; fib(n): n at 12(fp), result to 4(fp).
fib:
    lti -4(fp), 12(fp), 2
    bnei fib_base, -4(fp), 0
    imm32 -16(fp), 24            ; callee's 8(fp): N = 24
    subi -12(fp), 12(fp), 1      ; callee's 12(fp)
    jal -24(fp), fib, -24
    addi -8(fp), -20(fp), 0      ; fib(n-1) from callee's 4(fp)
    subi -12(fp), 12(fp), 2
    jal -24(fp), fib, -24
    add 4(fp), -8(fp), -20(fp)
    jalv -4(fp), 0(fp), 8(fp)
fib_base:
    addi 4(fp), 12(fp), 0
    jalv -4(fp), 0(fp), 8(fp)

    .data
    .globl __valida_exit_code
__valida_exit_code:
    .word 0
    .text
; print_u32(n): writes n in decimal. Frame convention of docs/abi.md:
; 0(fp) return address, 4(fp) result (unused), 8(fp) caller distance, 12(fp) n.
; Locals: -4 n, -8 q, -12 r/digit, -16 p, -20 tmp, -24 end, -28 dead;
; digit buffer: bytes fp-46 .. fp-37.
print_u32:
    addi -4(fp), 12(fp), 0
    loadfp -16(fp), -36
    loadfp -24(fp), -36
pd_loop:
    divi -8(fp), -4(fp), 10
    muli -20(fp), -8(fp), 10
    sub -12(fp), -4(fp), -20(fp)
    addi -12(fp), -12(fp), 48
    subi -16(fp), -16(fp), 1
    storeu8 -16(fp), -12(fp)
    addi -4(fp), -8(fp), 0
    bnei pd_loop, -4(fp), 0
pd_out:
    loadu8 -12(fp), -16(fp)
    write 0, -12(fp), 0, 0, 1
    addi -16(fp), -16(fp), 1
    bne pd_out, -16(fp), -24(fp)
    jalv -28(fp), 0(fp), 8(fp)
