	.text
	.insn 100, -12, -4, 5, 0
