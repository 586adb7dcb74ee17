; Division of a vector by a constant vector of powers of two that includes 1:
; the lane dividing by 1 is copied, the others are shifted with the rounding
; fix-up. A comparison of vectors gives a vector of booleans
; (getSetCCResultType); with a scalar one the combiner selected the whole
; dividend (gcc torture pr53645.c).
; RUN: %llc -O2 %s -o - | %FileCheck %s

; CHECK-LABEL: h:
; CHECK:      lw [[L0:-?[0-9]+]](fp), 16(fp)
; CHECK:      lw [[L1:-?[0-9]+]](fp), {{-?[0-9]+}}(fp)
; CHECK-NEXT: srai [[S:-?[0-9]+]](fp), [[L1]](fp), 31
; CHECK-NEXT: shri [[S]](fp), [[S]](fp), 30
; CHECK-NEXT: add [[L1]](fp), [[L1]](fp), [[S]](fp)
; CHECK-NEXT: srai [[L1]](fp), [[L1]](fp), 2
; CHECK:      sw 12(fp), [[L0]](fp)
define void @h(ptr %x, ptr %y) {
  %a = load <2 x i32>, ptr %y
  %s = sdiv <2 x i32> %a, <i32 1, i32 4>
  store <2 x i32> %s, ptr %x
  ret void
}

; CHECK-LABEL: f:
; CHECK-DAG: srai {{.*}}(fp), 2
; CHECK-DAG: srai {{.*}}(fp), 3
; CHECK-DAG: srai {{.*}}(fp), 1
; CHECK: jalv
define void @f(ptr %x, ptr %y) {
  %a = load <4 x i32>, ptr %y
  %s = sdiv <4 x i32> %a, <i32 1, i32 4, i32 2, i32 8>
  store <4 x i32> %s, ptr %x
  ret void
}
