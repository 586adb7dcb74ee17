; Used by inline-asm-operands.ll: inline asm text the parser rejects.
define void @bad(i32 %x) {
  call void asm sideeffect "addi $0, $0, 1\0A\09adx $0, $0, $0", "r"(i32 %x)
  ret void
}
