; valida-sink-defs: an increment placed before the access that reads its
; source (IR order of `*d++ = *s++`) is moved below the access, so the
; pointer and its next value share one slot and the loop has no copies.
; Any reader of the loop variable itself counts (`top = q >> 31` after
; `q1 = q << 1`); an ALU reader of another loop variable does not, and no
; definition sinks past another variable's next value (sum += i before
; i + 1 stays).
; RUN: %llc -O2 %s -o - | %FileCheck %s
; RUN: %llc -O2 -valida-disable-sink-defs %s -o - | %FileCheck %s --check-prefix=OFF
; RUN: %llc -O2 -stop-after=valida-sink-defs %s -o - | %FileCheck %s --check-prefix=MIR

; CHECK-LABEL: copy:
; CHECK: .LBB0_2:
; CHECK-NEXT: ; =>This Inner Loop Header
; CHECK-NEXT: loadu8 [[V:-[0-9]+]](fp), [[S:-[0-9]+]](fp)
; CHECK-NEXT: storeu8 [[D:-[0-9]+]](fp), [[V]](fp)
; CHECK-DAG: addi [[S]](fp), [[S]](fp), 1
; CHECK-DAG: addi [[D]](fp), [[D]](fp), 1
; CHECK-NOT: addi {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp), 0
; CHECK: bnei .LBB0_2
; OFF-LABEL: copy:
; OFF: addi {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp), 0
; OFF: bnei .LBB0_2
; MIR-LABEL: name: copy
; MIR: LOADU8rr %{{[0-9]+}}
; MIR-NEXT: STOREU8rr
; MIR: ADDrri %{{[0-9]+}}, 1
; MIR-NEXT: ADDrri %{{[0-9]+}}, 1
define void @copy(ptr %d, ptr %s, i32 %n) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %exit, label %loop
loop:
  %dp = phi ptr [ %d, %entry ], [ %d1, %loop ]
  %sp = phi ptr [ %s, %entry ], [ %s1, %loop ]
  %k = phi i32 [ %n, %entry ], [ %k1, %loop ]
  %s1 = getelementptr i8, ptr %sp, i32 1
  %d1 = getelementptr i8, ptr %dp, i32 1
  %v = load i8, ptr %sp
  store i8 %v, ptr %dp
  %k1 = add i32 %k, -1
  %e = icmp eq i32 %k1, 0
  br i1 %e, label %exit, label %loop
exit:
  ret void
}

; CHECK-LABEL: sum:
; CHECK: add [[SUM:-[0-9]+]](fp), [[SUM]](fp), [[I:-[0-9]+]](fp)
; CHECK-NEXT: addi [[I]](fp), [[I]](fp), 1
define i32 @sum(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %s = phi i32 [ 0, %entry ], [ %s1, %loop ]
  %s1 = add i32 %s, %i
  %i1 = add i32 %i, 1
  %c = icmp ult i32 %i1, %n
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %s1
}

; The next value q << 1 moves below the read of the old q: one slot, no copy.
; CHECK-LABEL: shift_carry:
; CHECK: ; =>This Inner Loop Header
; CHECK-NEXT: shri [[T:-[0-9]+]](fp), [[Q:-?[0-9]+]](fp), 31
; CHECK-NOT: addi {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp), 0
; CHECK: shli [[Q]](fp), [[Q]](fp), 1
; CHECK-NEXT: bnei
; OFF-LABEL: shift_carry:
; OFF: addi {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp), 0
; OFF-NEXT: bnei
define i32 @shift_carry(i32 %q0, i32 %n) {
entry:
  br label %loop
loop:
  %q = phi i32 [ %q0, %entry ], [ %q1, %loop ]
  %hi = phi i32 [ 0, %entry ], [ %hi1, %loop ]
  %k = phi i32 [ %n, %entry ], [ %k1, %loop ]
  %q1 = shl i32 %q, 1
  %top = lshr i32 %q, 31
  %h2 = shl i32 %hi, 1
  %hi1 = or i32 %h2, %top
  %k1 = add i32 %k, -1
  %e = icmp eq i32 %k1, 0
  br i1 %e, label %exit, label %loop
exit:
  %r = xor i32 %q1, %hi1
  ret i32 %r
}
