; DIV32/SDIV32 trap on a zero divisor, so a division guarded by a test of its
; divisor must stay inside the guarded block: MachineLICM may not hoist it
; into the loop preheader (csmith seed 1487 trapped this way).
; RUN: %llc -O2 < %s | FileCheck %s

@g = global i32 0

; CHECK-LABEL: guarded:
; CHECK: beqi {{.*}}, 0
; CHECK: sdiv
define i32 @guarded(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %latch ]
  %s = phi i32 [ 0, %entry ], [ %s1, %latch ]
  %d = load volatile i32, ptr @g
  %z = icmp eq i32 %d, 0
  br i1 %z, label %latch, label %div
div:
  %q = sdiv i32 6, %d
  %sq = add i32 %s, %q
  br label %latch
latch:
  %s1 = phi i32 [ %s, %loop ], [ %sq, %div ]
  %i1 = add i32 %i, 1
  %c = icmp slt i32 %i1, %n
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %s1
}
