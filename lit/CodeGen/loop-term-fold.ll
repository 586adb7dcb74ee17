; LoopTermFold after loop strength reduction (-valida-loop-term-fold, on by
; default): the loop below steps two pointers anyway, so its exit compares
; one of them with its final value (computed once before the loop) and the
; counter kept only for the exit goes: 5 instructions per byte instead of 6
; (memmove's backward byte loop in runtime/libc/memory.c).
; RUN: %llc -O2 %s -o - | %FileCheck %s
; RUN: %llc -O2 -valida-loop-term-fold=false %s -o - | %FileCheck %s --check-prefix=OFF

; CHECK-LABEL: back:
; CHECK: add [[END:-[0-9]+]](fp),
; CHECK: .LBB0_2:
; CHECK-NEXT: ; =>This Inner Loop Header
; CHECK-NEXT: loadu8
; CHECK-NEXT: storeu8 [[D:-[0-9]+]](fp),
; CHECK-NEXT: addi [[D]](fp), [[D]](fp), -1
; CHECK-NEXT: addi {{-[0-9]+}}(fp), {{-[0-9]+}}(fp), -1
; CHECK-NEXT: bne .LBB0_2, [[D]](fp), [[END]](fp)
; OFF-LABEL: back:
; OFF: .LBB0_2:
; OFF-NEXT: ; =>This Inner Loop Header
; OFF-NEXT: loadu8
; OFF-NEXT: storeu8
; OFF-NEXT: addi 20(fp), 20(fp), -1
; OFF-NEXT: addi
; OFF-NEXT: addi
; OFF-NEXT: bnei .LBB0_2, 20(fp), 0
define void @back(ptr %d, ptr %s, i32 %n) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %exit, label %loop
loop:
  %i = phi i32 [ %n, %entry ], [ %i1, %loop ]
  %dp = phi ptr [ %d, %entry ], [ %dp1, %loop ]
  %sp = phi ptr [ %s, %entry ], [ %sp1, %loop ]
  %dp1 = getelementptr inbounds i8, ptr %dp, i32 -1
  %sp1 = getelementptr inbounds i8, ptr %sp, i32 -1
  %v = load i8, ptr %sp1
  store i8 %v, ptr %dp1
  %i1 = add i32 %i, -1
  %c = icmp eq i32 %i1, 0
  br i1 %c, label %exit, label %loop
exit:
  ret void
}
