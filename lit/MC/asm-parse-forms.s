; Every native instruction form parses to its record (six little-endian
; words `opcode, a, b, c, d, e`, docs/abi.md "Assembly syntax"): ALU
; register and immediate forms, left-immediate compares, field ops, loads,
; stores, loadfp, imm32 as bytes or as one value, jalv, advread, write,
; keccakf, memcpy, the secp256k1 ops, stop, fail.
; RUN: %valida_cc -c %s -o %t.o
; RUN: llvm-objcopy -O binary --only-section=.text %t.o %t.bin
; RUN: od -An -v -w24 -td4 %t.bin | %FileCheck %s
; Printing the object's instructions back (-S from C is covered by
; tests/asm.rs) is not possible here, so the records are the oracle.

	.text
f:
; CHECK: {{^ *}}100 -12 -4 -8 0 0{{$}}
	add -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}100 -12 -4 -5 0 1{{$}}
	addi -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}101 -12 -4 -8 0 0{{$}}
	sub -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}101 -12 -4 -5 0 1{{$}}
	subi -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}102 -12 -4 -8 0 0{{$}}
	mul -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}102 -12 -4 -5 0 1{{$}}
	muli -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}103 -12 -4 -8 0 0{{$}}
	div -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}103 -12 -4 -5 0 1{{$}}
	divi -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}104 -12 -4 -8 0 0{{$}}
	lt -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}104 -12 -4 -5 0 1{{$}}
	lti -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}104 -12 7 -8 1 0{{$}}
	ilt -12(fp), 7, -8(fp)
; CHECK-NEXT: {{^ *}}105 -12 -4 -8 0 0{{$}}
	shl -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}105 -12 -4 -5 0 1{{$}}
	shli -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}106 -12 -4 -8 0 0{{$}}
	shr -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}106 -12 -4 -5 0 1{{$}}
	shri -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}107 -12 -4 -8 0 0{{$}}
	and -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}107 -12 -4 -5 0 1{{$}}
	andi -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}108 -12 -4 -8 0 0{{$}}
	or -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}108 -12 -4 -5 0 1{{$}}
	ori -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}109 -12 -4 -8 0 0{{$}}
	xor -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}109 -12 -4 -5 0 1{{$}}
	xori -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}110 -12 -4 -8 0 0{{$}}
	sdiv -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}110 -12 -4 -5 0 1{{$}}
	sdivi -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}111 -12 -4 -8 0 0{{$}}
	ne -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}111 -12 -4 -5 0 1{{$}}
	nei -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}112 -12 -4 -8 0 0{{$}}
	mulhu -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}112 -12 -4 -5 0 1{{$}}
	mulhui -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}113 -12 -4 -8 0 0{{$}}
	sra -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}113 -12 -4 -5 0 1{{$}}
	srai -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}114 -12 -4 -8 0 0{{$}}
	mulhs -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}114 -12 -4 -5 0 1{{$}}
	mulhsi -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}115 -12 -4 -8 0 0{{$}}
	lte -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}115 -12 -4 -5 0 1{{$}}
	ltei -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}115 -12 7 -8 1 0{{$}}
	ilte -12(fp), 7, -8(fp)
; CHECK-NEXT: {{^ *}}116 -12 -4 -8 0 0{{$}}
	eq -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}116 -12 -4 -5 0 1{{$}}
	eqi -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}117 -12 -4 -8 0 0{{$}}
	slt -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}117 -12 -4 -5 0 1{{$}}
	slti -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}117 -12 7 -8 1 0{{$}}
	islt -12(fp), 7, -8(fp)
; CHECK-NEXT: {{^ *}}118 -12 -4 -8 0 0{{$}}
	sle -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}118 -12 -4 -5 0 1{{$}}
	slei -12(fp), -4(fp), -5
; CHECK-NEXT: {{^ *}}118 -12 7 -8 1 0{{$}}
	isle -12(fp), 7, -8(fp)
; CHECK-NEXT: {{^ *}}200 -12 -4 -8 0 0{{$}}
	feadd -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}201 -12 -4 -8 0 0{{$}}
	fesub -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}202 -12 -4 -8 0 0{{$}}
	femul -12(fp), -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}1 -4 0 -8 0 0{{$}}
	lw -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}11 -4 0 -8 0 0{{$}}
	loadu8 -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}12 -4 0 -8 0 0{{$}}
	loads8 -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}2 0 -4 -8 0 0{{$}}
	sw -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}13 0 -4 -8 0 0{{$}}
	storeu8 -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}10 -4 16 0 0 0{{$}}
	loadfp -4(fp), 16
; CHECK-NEXT: {{^ *}}7 -4 120 86 52 18{{$}}
	imm32 -4(fp), 120, 86, 52, 18
; CHECK-NEXT: {{^ *}}7 -4 120 86 52 18{{$}}
	imm32 -4(fp), 0x12345678
; CHECK-NEXT: {{^ *}}7 -4 216 255 255 255{{$}}
	imm32 -4(fp), -40
; CHECK-NEXT: {{^ *}}4 -4 0 8 0 0{{$}}
	jalv -4(fp), 0(fp), 8(fp)
; CHECK-NEXT: {{^ *}}4 -20 -8 -12 0 0{{$}}
	jalv -20(fp), -8(fp), -12(fp)
; CHECK-NEXT: {{^ *}}9 -4 0 0 0 0{{$}}
	advread -4(fp)
; CHECK-NEXT: {{^ *}}300 0 -4 0 0 1{{$}}
	write 0, -4(fp), 0, 0, 1
; CHECK-NEXT: {{^ *}}120 0 -4 0 0 0{{$}}
	keccakf 0, -4(fp)
; CHECK-NEXT: {{^ *}}20 -4 -8 -12 0 0{{$}}
	memcpy -4(fp), -8(fp), -12(fp)
; CHECK-NEXT: {{^ *}}134 -4 -8 0 0 0{{$}}
	secpcomb -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}135 -4 -8 0 0 0{{$}}
	secpsmul -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}136 -4 -8 0 0 0{{$}}
	secpsinv -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}137 -4 -8 0 0 0{{$}}
	secpmuls -4(fp), -8(fp)
; CHECK-NEXT: {{^ *}}8 0 0 0 0 0{{$}}
	stop
; CHECK-NEXT: {{^ *}}16 0 0 0 0 0{{$}}
	fail
; CHECK-NOT: {{.}}
