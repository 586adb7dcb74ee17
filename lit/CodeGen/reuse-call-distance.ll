; valida-reuse-call-distance (-O1+): the call distance N is stored into
; -N+8(fp) once per path; stores in loops move to the preheader.
; RUN: %llc -O2 %s -o - | %FileCheck %s
; RUN: %llc -O2 -valida-disable-reuse-call-distance %s -o - | %FileCheck %s --check-prefix=OFF

declare void @g(i32)

; CHECK-LABEL: two_calls:
; CHECK: imm32 -8(fp), 16, 0, 0, 0
; CHECK-NEXT: jal -16(fp), g, -16
; CHECK-NOT: imm32
; CHECK: jal -16(fp), g, -16
; OFF-LABEL: two_calls:
; OFF: imm32 -8(fp), 16, 0, 0, 0
; OFF: imm32 -8(fp), 16, 0, 0, 0
define void @two_calls(i32 %a) {
  call void @g(i32 %a)
  call void @g(i32 %a)
  ret void
}

; Stored in the preheader, not in the loop body.
; CHECK-LABEL: in_loop:
; CHECK: imm32 -16(fp), 24, 0, 0, 0
; CHECK-NEXT: .LBB1_{{[0-9]}}:
; CHECK-NOT: imm32 -16(fp)
; CHECK: jal -24(fp), g, -24
; CHECK: bne .LBB1_
define void @in_loop(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  call void @g(i32 %i)
  %i1 = add i32 %i, 1
  %c = icmp ne i32 %i1, %n
  br i1 %c, label %loop, label %exit
exit:
  ret void
}

; Only one branch calls: the store stays on that path.
; CHECK-LABEL: one_path:
; CHECK: beqi
; CHECK: imm32 -8(fp), 16, 0, 0, 0
; CHECK-NEXT: jal -16(fp), g, -16
define void @one_path(i32 %a) {
  %c = icmp eq i32 %a, 0
  br i1 %c, label %skip, label %call
call:
  call void @g(i32 %a)
  br label %skip
skip:
  ret void
}
