; A 64-bit multiplication with an overflow check needs the high half of a
; 128-bit product. Like other 32-bit targets, Valida expands it inline with
; 32-bit MUL/MULHU instead of calling __multi3 (which the runtime does not
; provide and whose four-word result would come back through a hidden pointer).
; RUN: %llc -O0 < %s | FileCheck %s
; RUN: %llc -O2 < %s | FileCheck %s

; CHECK-LABEL: smulo:
; CHECK-NOT: __multi3
; CHECK: mulhu
; CHECK: jalv
define i32 @smulo(i64 %a, i64 %b, ptr %r) {
  %m = call { i64, i1 } @llvm.smul.with.overflow.i64(i64 %a, i64 %b)
  %v = extractvalue { i64, i1 } %m, 0
  %o = extractvalue { i64, i1 } %m, 1
  store i64 %v, ptr %r, align 8
  %z = zext i1 %o to i32
  ret i32 %z
}

; CHECK-LABEL: mul128:
; CHECK-NOT: __multi3
; CHECK: mulhu
; CHECK: jalv
define void @mul128(ptr %p, i128 %a, i128 %b) {
  %m = mul i128 %a, %b
  store i128 %m, ptr %p, align 8
  ret void
}

declare { i64, i1 } @llvm.smul.with.overflow.i64(i64, i64)
