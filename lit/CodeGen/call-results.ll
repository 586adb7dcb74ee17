; Every call's result slot -N+4(fp) is shared by all calls of a function, so
; the result is read before the next call (CALL, CALLSEQ_END and CALL_RESULT
; are glued; the read may move below the next call's argument stores, which
; write other slots). Two soft-float libcalls hanging off the entry node
; used to be free to interleave: both results were read from the slot after
; the second call.
; RUN: %llc -O2 %s -o - | %FileCheck %s
; RUN: %llc -O0 %s -o - | %FileCheck %s

declare i32 @f(i32)
declare i64 @f64(i64)
declare i32 @g(i32, i32)

; x == 0.0 || x != x: __eqdf2 and __unorddf2, results combined.
; CHECK-LABEL: ueq:
; CHECK: jal -[[#F:]](fp), __eqdf2, -{{[0-9]+}}
; CHECK-NOT: jal
; CHECK: {{[a-z]+ .*}}-[[#F-4]](fp)
; CHECK-NOT: -[[#F-4]](fp)
; CHECK: jal -[[#F]](fp), __unorddf2, -[[#F]]
; CHECK-NEXT: {{[a-z]+ .*}}-[[#F-4]](fp)
; CHECK: jalv -4(fp), 0(fp), 8(fp)
define i32 @ueq(double %x) {
  %c = fcmp ueq double %x, 0.0
  %r = zext i1 %c to i32
  ret i32 %r
}

; x < y || x > y: __ltdf2 and __gtdf2 (or an unordered check).
; CHECK-LABEL: one:
; CHECK: jal -[[#G:]](fp), {{__[a-z]+df2}}, -{{[0-9]+}}
; CHECK-NOT: jal
; CHECK: {{[a-z]+}} {{-[0-9]+}}(fp), -[[#G-4]](fp)
; CHECK: jal -[[#G]](fp), {{__[a-z]+df2}}, -[[#G]]
; CHECK-NEXT: {{[a-z]+}} {{-[0-9]+}}(fp), -[[#G-4]](fp)
define i32 @one(double %x, double %y) {
  %c = fcmp one double %x, %y
  %r = zext i1 %c to i32
  ret i32 %r
}

; f(a) + f(b): the first result is saved before the second call.
; CHECK-LABEL: sum_calls:
; CHECK: jal -[[N:[0-9]+]](fp), f, -[[N]]
; CHECK-NEXT: addi {{-[0-9]+}}(fp), -[[R:[0-9]+]](fp), 0
; CHECK: jal -[[N]](fp), f, -[[N]]
; CHECK-NEXT: {{add|addi}} {{.*}}-[[R]](fp)
define i32 @sum_calls(i32 %a, i32 %b) {
  %x = call i32 @f(i32 %a)
  %y = call i32 @f(i32 %b)
  %s = add i32 %x, %y
  ret i32 %s
}

; g(f(1), f(2)): both inner results are saved before g's arguments go out.
; CHECK-LABEL: nested:
; CHECK: jal -[[N:[0-9]+]](fp), f, -[[N]]
; CHECK-NEXT: addi {{-[0-9]+}}(fp), -[[R:[0-9]+]](fp), 0
; CHECK: jal -[[N]](fp), f, -[[N]]
; CHECK-NEXT: addi {{-[0-9]+}}(fp), -[[R]](fp), 0
; CHECK: jal -[[N]](fp), g, -[[N]]
define i32 @nested() {
  %x = call i32 @f(i32 1)
  %y = call i32 @f(i32 2)
  %r = call i32 @g(i32 %x, i32 %y)
  ret i32 %r
}

; i64 results come back through sret temporaries of the caller's own frame,
; never through the shared area.
; CHECK-LABEL: sum64:
; CHECK: loadfp
; CHECK: jal -[[N:[0-9]+]](fp), f64, -[[N]]
; CHECK: loadfp
; CHECK: jal -[[N]](fp), f64, -[[N]]
define i64 @sum64(i64 %a, i64 %b) {
  %x = call i64 @f64(i64 %a)
  %y = call i64 @f64(i64 %b)
  %s = add i64 %x, %y
  ret i64 %s
}
