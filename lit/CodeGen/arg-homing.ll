; valida-slot-alloc, argument homing: an incoming argument slot belongs to
; the callee (docs/abi.md), so a register loaded from one at entry lives in
; that slot when nothing reads the slot after the register has changed. The
; entry copy `addi -N(fp), 12(fp), 0` disappears and the loop runs on the
; argument slots. -valida-disable-arg-homing keeps the copies.
; RUN: %llc -O2 %s -o - | %FileCheck %s
; RUN: %llc -O2 -valida-disable-arg-homing %s -o - | %FileCheck %s --check-prefix=OFF
; RUN: %llc -O2 -stop-after=valida-slot-alloc %s -o - | %FileCheck %s --check-prefix=MIR

; Both arguments change in the loop and are homed: no copy, no local slot.
; CHECK-LABEL: count:
; CHECK-NOT: (fp), 12(fp), 0
; CHECK-NOT: (fp), 16(fp), 0
; CHECK: .LBB0_1:
; CHECK: add 16(fp), 16(fp), 12(fp)
; CHECK-NEXT: addi 12(fp), 12(fp), -1
; CHECK-NEXT: bnei .LBB0_1, 12(fp), 0
; CHECK: addi 4(fp), 16(fp), 0
; OFF-LABEL: count:
; OFF: addi -{{[0-9]+}}(fp), 16(fp), 0
; OFF: addi -{{[0-9]+}}(fp), 12(fp), 0
; The slots are written now: no longer immutable.
; MIR-LABEL: name: count
; MIR: fixedStack:
; MIR: offset: 16, {{.*}}
; MIR-NEXT: isImmutable: false
; MIR: offset: 12, {{.*}}
; MIR-NEXT: isImmutable: false
define i32 @count(i32 %n, i32 %s) {
entry:
  %z = icmp eq i32 %n, 0
  br i1 %z, label %exit, label %loop
loop:
  %i = phi i32 [ %n, %entry ], [ %i1, %loop ]
  %acc = phi i32 [ %s, %entry ], [ %acc1, %loop ]
  %acc1 = add i32 %acc, %i
  %i1 = add i32 %i, -1
  %done = icmp eq i32 %i1, 0
  br i1 %done, label %exit, label %loop
exit:
  %r = phi i32 [ %s, %entry ], [ %acc1, %loop ]
  ret i32 %r
}

; %p is returned after the loop has advanced it: the return reads 12(fp)
; for the original value, so the pointer gets a slot of its own (the copy
; stays); %n is homed.
; CHECK-LABEL: fill:
; CHECK: addi -[[Q:[0-9]+]](fp), 12(fp), 0
; CHECK-NOT: 16(fp), 0
; CHECK: .LBB1_1:
; CHECK: sw -[[Q]](fp),
; CHECK: addi -[[Q]](fp), -[[Q]](fp), 4
; CHECK: addi 16(fp), 16(fp), -1
; CHECK: addi 4(fp), 12(fp), 0
define ptr @fill(ptr %p, i32 %n) {
entry:
  br label %loop
loop:
  %q = phi ptr [ %p, %entry ], [ %q1, %loop ]
  %i = phi i32 [ %n, %entry ], [ %i1, %loop ]
  store i32 0, ptr %q
  %q1 = getelementptr i8, ptr %q, i32 4
  %i1 = add i32 %i, -1
  %done = icmp eq i32 %i1, 0
  br i1 %done, label %exit, label %loop
exit:
  ret ptr %p
}

; An argument whose address is taken stays the caller's copy.
; CHECK-LABEL: escape:
; CHECK: loadfp
declare void @use(ptr)
define i32 @escape(i32 %a) {
  %slot = alloca i32
  store i32 %a, ptr %slot
  call void @use(ptr %slot)
  %v = load i32, ptr %slot
  %w = add i32 %v, %a
  ret i32 %w
}
