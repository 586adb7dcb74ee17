; Labels, symbols and relocations: branch targets (R_VALIDA_32 at record +4
; against the section), jal callees (R_VALIDA_32 at +8 against the symbol),
; imm32 of a symbol (R_VALIDA_IMM32 at the record), .word of a symbol, and
; the directives the printer writes (.globl, .type, .size, .section).
; RUN: %valida_cc -c %s -o %t.o
; RUN: %llvm_readelf -r -s %t.o > %t.txt
; RUN: llvm-objcopy -O binary --only-section=.text.f %t.o %t.bin
; RUN: od -An -v -w24 -td4 %t.bin >> %t.txt
; RUN: %FileCheck %s < %t.txt

; CHECK:      Relocation section '.rela.text.f'
; CHECK:      00000004 {{[0-9a-f]+}} {{.*}} .text.f + 30
; CHECK-NEXT: 0000001c {{[0-9a-f]+}} {{.*}} .text.f + 78
; CHECK-NEXT: 00000038 {{[0-9a-f]+}} {{.*}} callee + 0
; CHECK-NEXT: 00000048 {{[0-9a-f]+}} {{.*}} g + 8
; CHECK:      Relocation section '.rela.data'
; CHECK-NEXT: Offset
; CHECK-NEXT: 00000004 {{[0-9a-f]+}} {{.*}} f + 0
; CHECK:      FUNC    GLOBAL DEFAULT {{.*}} f
; CHECK:      NOTYPE  GLOBAL DEFAULT UND callee
; CHECK:      NOTYPE  GLOBAL DEFAULT UND g
; CHECK:      OBJECT  GLOBAL DEFAULT {{.*}} table

; CHECK:      5 0 -4 -8 0 0
; CHECK-NEXT: 6 0 -4 7 0 1
; CHECK-NEXT: 3 -16 0 -16 0 0
; CHECK-NEXT: 7 -4 0 0 0 0
; CHECK-NEXT: 5 0 -4 -4 0 0
; CHECK-NEXT: 4 -4 0 8 0 0
	.section	.text.f,"ax",@progbits
	.globl	f
	.type	f,@function
f:
	beq .LBB0_2, -4(fp), -8(fp)
	bnei .Lend, -4(fp), 7
.LBB0_2:
	jal -16(fp), callee, -16
	imm32 -4(fp), g+8
	beq .Lend, -4(fp), -4(fp)
.Lend:
	jalv -4(fp), 0(fp), 8(fp)
.Lfunc_end0:
	.size	f, .Lfunc_end0-f

	.data
	.globl	table
	.type	table,@object
table:
	.word	42
	.word	f
	.size	table, 8
