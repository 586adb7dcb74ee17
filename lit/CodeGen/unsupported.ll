; Unsupported IR is an error naming the function and the construct, never a
; crash.
; RUN: %not %llc -O0 %s -o /dev/null 2>&1 | %FileCheck %s
; RUN: %not %llc -O2 %s -o /dev/null 2>&1 | %FileCheck %s

; CHECK: error: {{.*}}in function bad_builtin {{.*}}call of target builtin __valida_write with a wrong signature
declare void @__valida_write(i32, i32)
define void @bad_builtin() {
  call void @__valida_write(i32 1, i32 2)
  ret void
}

; CHECK: error: {{.*}}in function outer_ra {{.*}}unsupported return address of an outer frame
declare ptr @llvm.returnaddress(i32)
define ptr @outer_ra() {
  %r = call ptr @llvm.returnaddress(i32 1)
  ret ptr %r
}
