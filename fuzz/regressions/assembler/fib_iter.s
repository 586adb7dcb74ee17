; Iterative Fibonacci: prints fib(0) .. fib(24), one per line.
    .text
_start:
    imm32 -4(fp), 0              ; i
    imm32 -8(fp), 0              ; a = fib(i)
    imm32 -12(fp), 1             ; b = fib(i+1)
    imm32 -20(fp), 10            ; '\n'
loop:
    imm32 -40(fp), 48            ; callee's 8(fp): distance N = 48
    addi -36(fp), -8(fp), 0      ; callee's 12(fp): n = a
    jal -48(fp), print_u32, -48
    write 0, -20(fp), 0, 0, 1
    add -16(fp), -8(fp), -12(fp)
    addi -8(fp), -12(fp), 0
    addi -12(fp), -16(fp), 0
    addi -4(fp), -4(fp), 1
    bnei loop, -4(fp), 25
    stop
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
