; LLVM's register coalescer runs on Valida's virtual registers (the
; placeholder register SLOT is allocatable for it): the PHI copies of loop
; variables are joined, so each variable keeps one slot and the loop has no
; copies. -valida-disable-coalescing restores the copies.
; RUN: %llc -O2 -valida-select-by-branch=false %s -o - | %FileCheck %s
; RUN: %llc -O2 -valida-select-by-branch=false -valida-disable-coalescing %s -o - | %FileCheck %s --check-prefix=OFF

; sum += (c[i] == 0) ? 1 : 0; x = c[i] == 0 ? x * 7 + i : x  (the sieve's
; counting loop): three loop variables, each updated in place.
; CHECK-LABEL: count:
; CHECK: .LBB0_1:
; CHECK-NOT: addi {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp), 0
; CHECK: bne .LBB0_1
; OFF-LABEL: count:
; OFF: .LBB0_1:
; OFF: addi {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp), 0
; OFF: bne .LBB0_1
define i32 @count(ptr %c, i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %sum = phi i32 [ 0, %entry ], [ %sum1, %loop ]
  %x = phi i32 [ 0, %entry ], [ %x1, %loop ]
  %p = getelementptr i8, ptr %c, i32 %i
  %b = load i8, ptr %p
  %z = icmp eq i8 %b, 0
  %zi = zext i1 %z to i32
  %sum1 = add i32 %sum, %zi
  %m = mul i32 %x, 7
  %a = add i32 %m, %i
  %x1 = select i1 %z, i32 %a, i32 %x
  %i1 = add i32 %i, 1
  %done = icmp eq i32 %i1, %n
  br i1 %done, label %exit, label %loop
exit:
  %r = xor i32 %sum1, %x1
  ret i32 %r
}
