; A static alloca aligned beyond the 8-byte stack alignment (clang's -O0
; long double locals, align 16) cannot live in the frame and comes from the
; dynamic alloca area: the module gets the weak area definitions too, so it
; links without runtime support. Every call takes the object from the area
; again, so the area pointer is saved on entry and restored before the
; return (without that, 65,536 calls of such a function exhausted the 1 MiB
; area and wrote below it).
; RUN: %llc -O0 %s -o - | %FileCheck %s
; RUN: %llc -O2 %s -o - | %FileCheck %s

; CHECK-LABEL: f:
; CHECK: imm32 [[A:-[0-9]+]](fp), __valida_alloca_sp
; CHECK-NEXT: lw [[SAVED:-[0-9]+]](fp), [[A]](fp)
; CHECK: andi [[P:-[0-9]+]](fp), {{-[0-9]+}}(fp), -16
; CHECK-NEXT: sw [[A]](fp), [[P]](fp)
; CHECK: sw [[A]](fp), [[SAVED]](fp)
; CHECK-NEXT: jalv -4(fp), 0(fp), 8(fp)
; CHECK: .weak __valida_alloca_area
; CHECK: .weak __valida_alloca_sp
define void @f(fp128 %x) {
  %a = alloca fp128, align 16
  store volatile fp128 %x, ptr %a
  ret void
}
