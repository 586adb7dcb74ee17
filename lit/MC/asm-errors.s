; Bad assembly is reported with file, line and column, one error per bad
; line, and no object is written.
; RUN: rm -f %t.o
; RUN: not %valida_cc -c %s -o %t.o 2>&1 | %FileCheck %s
; RUN: not test -e %t.o

	.text
f:
	add -4(fp), 8(fp), 12(fp)
; CHECK: asm-errors.s:[[@LINE+1]]:2: error: unknown instruction 'adx', did you mean: add, and?
	adx -4(fp), 8(fp), 12(fp)
; CHECK: asm-errors.s:[[@LINE+1]]:15: error: operand must be a frame slot N(fp)
	addi -4(fp), 8, 12(fp)
; CHECK: asm-errors.s:[[@LINE+1]]:15: error: a frame slot is N(fp): expected 'fp'
	lw -4(fp), 8(sp)
; CHECK: asm-errors.s:[[@LINE+1]]:25: error: imm32 byte out of range [0, 255]
	imm32 -4(fp), 1, 2, 3, 256
; CHECK: asm-errors.s:[[@LINE+1]]:2: error: too few operands for instruction
	add -4(fp), 8(fp)
; CHECK: asm-errors.s:[[@LINE+1]]:10: error: invalid operand for instruction
	keccakf 1, -4(fp)
; CHECK: asm-errors.s:[[@LINE+1]]:6: error: a frame slot offset must be a constant
	add g(fp), 8(fp), 12(fp)
; CHECK: valida-cc: error: {{.*}}asm-errors.s: assembly failed
