; Exercises every chip of the official prover for the proof-cost test
; (vm/tests/cost.rs): each ALU opcode with register and immediate
; operands, the left-immediate compares, word and byte loads and stores
; (including a store over static data), calls through jal/jalv, taken
; and untaken branches, advice input, output and one KECCAKF.
    .text
_start:
    imm32 -4(fp), 7
    imm32 -8(fp), -3
    loadfp -12(fp), 0
    add -16(fp), -4(fp), -8(fp)
    addi -16(fp), -16(fp), 100
    sub -20(fp), -4(fp), -8(fp)
    subi -20(fp), -20(fp), 1
    mul -24(fp), -4(fp), -8(fp)
    mulhu -24(fp), -4(fp), -8(fp)
    mulhs -24(fp), -4(fp), -8(fp)
    muli -24(fp), -4(fp), 9
    div -28(fp), -4(fp), -4(fp)
    divi -28(fp), -16(fp), 5
    sdiv -28(fp), -8(fp), -4(fp)
    sdivi -28(fp), -16(fp), -2
    shl -32(fp), -4(fp), -4(fp)
    shri -32(fp), -8(fp), 3
    sra -32(fp), -8(fp), -4(fp)
    lt -36(fp), -4(fp), -8(fp)
    lte -36(fp), -4(fp), -8(fp)
    slt -36(fp), -4(fp), -8(fp)
    slei -36(fp), -8(fp), 4
    ilt -36(fp), 3, -4(fp)
    islt -36(fp), -5, -8(fp)
    eq -40(fp), -4(fp), -4(fp)
    nei -40(fp), -4(fp), 7
    and -44(fp), -4(fp), -8(fp)
    ori -44(fp), -4(fp), 256
    xor -44(fp), -4(fp), -8(fp)
    ; memory: static data read, overwritten, byte access
    imm32 -48(fp), table
    lw -52(fp), -48(fp)
    sw -48(fp), -16(fp)
    lw -52(fp), -48(fp)
    addi -56(fp), -48(fp), 5
    loadu8 -60(fp), -56(fp)
    loads8 -60(fp), -56(fp)
    storeu8 -56(fp), -4(fp)
    ; a call and return
    imm32 -72(fp), 80            ; callee's 8(fp): distance back
    imm32 -68(fp), 21            ; callee's 12(fp): x
    jal -80(fp), twice, -80
    ; advice input, echoed
    advread -84(fp)
    write 0, -84(fp), 0, 0, 1
    ; branches, taken and not
    beq skip, -4(fp), -4(fp)
    write 0, -84(fp), 0, 0, 1
skip:
    bnei skip2, -4(fp), 7
    bne skip2, -4(fp), -8(fp)
    write 0, -84(fp), 0, 0, 1
skip2:
    imm32 -88(fp), state
    keccakf 0, -88(fp)
    lw -92(fp), -88(fp)
    write 0, -92(fp), 0, 0, 1
    imm32 -96(fp), 10
    write 0, -96(fp), 0, 0, 1
    stop

; twice(x): x at 12(fp), result to 4(fp).
twice:
    add 4(fp), 12(fp), 12(fp)
    jalv -4(fp), 0(fp), 8(fp)

    .data
table:
    .word 0x01020304, 0x80706050, 3, 4, 5
    .bss
    .align 4
state:
    .zero 200
