; The Valida cost model asks the loop unroller for more than LLVM's default:
; runtime unrolling by 8, partial unrolling, and complete unrolling of bodies
; up to 600 instructions, but never of loops that call a function.
; Stock opt refuses the unknown architecture name, so the driver's -O2
; pipeline runs it.
; RUN: %valida_cc -O2 -S -emit-llvm %s -o - | %FileCheck %s
; RUN: %valida_cc -O2 -S -emit-llvm --mllvm -valida-unroll=false %s -o - \
; RUN:   | %FileCheck %s --check-prefix=OFF
; RUN: %valida_cc -O2 -S -emit-llvm --mllvm -valida-unroll-runtime-count=2 \
; RUN:   %s -o - | %FileCheck %s --check-prefix=TWO

target triple = "valida-unknown-unknown"

; A trip count known only at run time: eight copies of the body and a
; remainder loop for n % 8.
; CHECK-LABEL: define i32 @sum_n(
; CHECK: %xtraiter = and i32 %n, 7
; CHECK-COUNT-8: load i32, ptr
; CHECK: icmp eq i32 %niter.next.7, %unroll_iter
; CHECK: {{^}}for.body.epil:
; OFF-LABEL: define i32 @sum_n(
; OFF-COUNT-1: load i32, ptr
; OFF-NOT: load i32, ptr
; OFF: ret i32
; TWO-LABEL: define i32 @sum_n(
; TWO: %xtraiter = and i32 %n, 1
define i32 @sum_n(ptr %p, i32 %n) {
entry:
  %empty = icmp eq i32 %n, 0
  br i1 %empty, label %exit, label %for.body

for.body:
  %i = phi i32 [ 0, %entry ], [ %i.next, %for.body ]
  %acc = phi i32 [ 0, %entry ], [ %acc.next, %for.body ]
  %addr = getelementptr inbounds i32, ptr %p, i32 %i
  %v = load i32, ptr %addr
  %acc.next = add i32 %acc, %v
  %i.next = add nuw i32 %i, 1
  %done = icmp eq i32 %i.next, %n
  br i1 %done, label %exit, label %for.body

exit:
  %r = phi i32 [ 0, %entry ], [ %acc.next, %for.body ]
  ret i32 %r
}

; Forty iterations of a five-instruction body: unrolled completely, no loop
; left (LLVM's -O2 default stops at 150 instructions).
; CHECK-LABEL: define void @scale40(
; CHECK-NOT: br
; CHECK: getelementptr inbounds nuw i8, ptr %p, i32 156
; CHECK-NOT: br
; CHECK: ret void
; OFF-LABEL: define void @scale40(
; OFF: br i1 %done, label %exit, label %for.body
; OFF-NOT: i32 156
define void @scale40(ptr %p, i32 %k) {
entry:
  br label %for.body

for.body:
  %i = phi i32 [ 0, %entry ], [ %i.next, %for.body ]
  %addr = getelementptr inbounds i32, ptr %p, i32 %i
  %v = load i32, ptr %addr
  %m = mul i32 %v, %k
  store i32 %m, ptr %addr
  %i.next = add nuw nsw i32 %i, 1
  %done = icmp eq i32 %i.next, 40
  br i1 %done, label %exit, label %for.body

exit:
  ret void
}

; A call in the body: the call dominates the cost, the loop stays as it is.
; CHECK-LABEL: define void @calls_n(
; CHECK-COUNT-1: call void @g(
; CHECK-NOT: call void @g(
; CHECK: ret void
declare void @g(i32)
define void @calls_n(i32 %n) {
entry:
  %empty = icmp eq i32 %n, 0
  br i1 %empty, label %exit, label %for.body

for.body:
  %i = phi i32 [ 0, %entry ], [ %i.next, %for.body ]
  call void @g(i32 %i)
  %i.next = add nuw i32 %i, 1
  %done = icmp eq i32 %i.next, %n
  br i1 %done, label %exit, label %for.body

exit:
  ret void
}
