; An empty inline asm is an optimisation barrier: it compiles to nothing,
; keeps its memory clobber (loads and stores are not moved across it) and
; the values of its operands ("+r" outputs get their input's value).
; Inline asm with instructions: lit/MC/inline-asm-operands.ll.
; RUN: %llc -O2 %s -o - | %FileCheck %s
; RUN: %llc -O0 %s -o - | %FileCheck %s --check-prefix=O0

@g = global i32 0

; CHECK-LABEL: barrier:
; CHECK: sw {{.*}}
; CHECK: lw {{.*}}
; CHECK: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: barrier:
; O0: jalv -4(fp), 0(fp), 8(fp)
define i32 @barrier(i32 %x) {
  store i32 %x, ptr @g
  call void asm sideeffect "", "~{memory}"()
  %v = load i32, ptr @g
  ret i32 %v
}

; "+r": the value survives; the add reads it.
; CHECK-LABEL: tied:
; CHECK-NOT: asm
; CHECK: addi 4(fp), {{-?[0-9]+}}(fp), 1
; O0-LABEL: tied:
; O0: addi {{.*}}, 1
define i32 @tied(i32 %x) {
  %y = call i32 asm "", "=r,0"(i32 %x)
  %r = add i32 %y, 1
  ret i32 %r
}

; An input only (Rust's black_box shape), and whitespace-only text.
; CHECK-LABEL: input_only:
; CHECK-NEXT: %bb.0:
; CHECK-NEXT: jalv -4(fp), 0(fp), 8(fp)
define void @input_only(ptr %p) {
  call void asm sideeffect "  ", "r,~{memory}"(ptr %p)
  ret void
}
