; Module-level output: functions get `.globl`/`.type`/`.size` (size in bytes:
; 24 per instruction), comments start with `;`, and there is no `.file`,
; `.ident` or `.note.GNU-stack` (unknown to `valida asm`).
; RUN: %llc %s -o - | %FileCheck %s
; RUN: %llc %s -o - | %FileCheck %s --check-prefix=NEG

; CHECK:      .text
; CHECK-NEXT: .globl f ; -- Begin function f
; CHECK-NEXT: .type f,@function
; CHECK-NEXT: f: ; @f
; CHECK:      jalv -4(fp), 0(fp), 8(fp)
; CHECK-NEXT: .Lfunc_end0:
; CHECK-NEXT: .size f, .Lfunc_end0-f
define void @f() {
  ret void
}

; A local function has no .globl.
; CHECK:      .type s,@function
; CHECK-NEXT: s: ; @s
; CHECK:      .size s, .Lfunc_end1-s
define internal void @s() {
  ret void
}

define void @use() {
  call void @s()
  ret void
}

!llvm.ident = !{!0}
!0 = !{!"some compiler"}

; NEG-NOT: .file
; NEG-NOT: .ident
; NEG-NOT: GNU-stack
; NEG-NOT: {{^[[:space:]]*#}}
