; `.insn opcode, a, b, c, d, e` emits one raw record; words may be symbols
; (R_VALIDA_32 at the word). It mixes with ordinary instructions.
; RUN: %valida_cc -c %s -o %t.o
; RUN: %llvm_readelf -r %t.o > %t.txt
; RUN: llvm-objcopy -O binary --only-section=.text %t.o %t.bin
; RUN: od -An -v -w24 -td4 %t.bin >> %t.txt
; RUN: %FileCheck %s < %t.txt
; RUN: not %valida_cc -c %S/Inputs/asm-insn-bad.s -o %t.bad.o 2>&1 | %FileCheck %s --check-prefix=BAD

; CHECK:      Relocation section '.rela.text'
; CHECK:      00000038 {{[0-9a-f]+}} {{.*}} g + 4
; CHECK:      100 -12 -4 5 0 1
; CHECK-NEXT: 100 -12 -4 5 0 1
; CHECK-NEXT: 3 -16 0 -16 0 0
; CHECK-NEXT: 8 0 0 0 0 0

; BAD: asm-insn-bad.s:2:2: error: .insn takes six words: opcode, a, b, c, d, e

	.text
f:
	.insn 100, -12, -4, 5, 0, 1
	addi -12(fp), -4(fp), 5
	.insn 3, -16, g+4, -16, 0, 0
	.insn 8, 0, 0, 0, 0, 0
