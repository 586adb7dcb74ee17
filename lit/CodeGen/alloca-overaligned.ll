; A static alloca aligned beyond the 8-byte stack alignment (clang's -O0
; long double locals, align 16) cannot live in the frame and comes from the
; dynamic alloca area: the module gets the weak area definitions too, so it
; links without runtime support.
; RUN: %llc -O0 %s -o - | %FileCheck %s

; CHECK-LABEL: f:
; CHECK: __valida_alloca_sp
; CHECK: .weak __valida_alloca_area
; CHECK: .weak __valida_alloca_sp
define void @f(fp128 %x) {
  %a = alloca fp128, align 16
  store volatile fp128 %x, ptr %a
  ret void
}
