; Loads and stores take their address from one slot: isLegalAddressingMode
; accepts a plain register only, so loop strength reduction and address
; sinking do not build on reg+imm addresses (`imm32 t, g+4` as a base).
; -valida-rich-addressing-modes restores LLVM's default (reg+reg, reg+imm).
; RUN: %llc -O2 %s -o - | %FileCheck %s
; RUN: %llc -O2 -valida-rich-addressing-modes %s -o - | %FileCheck %s --check-prefix=RICH

@g = global [100 x i32] zeroinitializer

; do i++; while (g[i] < p): one pointer walk, loaded directly.
; CHECK-LABEL: scan:
; CHECK: .LBB0_1:
; CHECK-NEXT: ; =>This Inner Loop Header
; CHECK-NEXT: addi
; CHECK-NEXT: lw {{-[0-9]+}}(fp), [[P:-[0-9]+]](fp)
; CHECK: addi [[P]](fp), [[P]](fp), 4
; RICH-LABEL: scan:
; RICH: jalv
define i32 @scan(i32 %i0, i32 %p) {
entry:
  br label %loop
loop:
  %i = phi i32 [ %i0, %entry ], [ %i1, %loop ]
  %i1 = add i32 %i, 1
  %q = getelementptr [100 x i32], ptr @g, i32 0, i32 %i1
  %v = load i32, ptr %q
  %c = icmp slt i32 %v, %p
  br i1 %c, label %loop, label %exit
exit:
  ret i32 %i1
}

; Three arrays walked by one index: three pointer increments, no adds.
; CHECK-LABEL: vadd:
; CHECK: .LBB1_1:
; CHECK-NEXT: ; =>This Inner Loop Header
; CHECK-NEXT: lw
; CHECK-NEXT: lw
; CHECK-NEXT: add
; CHECK-NEXT: sw
define void @vadd(ptr %a, ptr %b, ptr %c, i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %pa = getelementptr i32, ptr %a, i32 %i
  %pb = getelementptr i32, ptr %b, i32 %i
  %pc = getelementptr i32, ptr %c, i32 %i
  %va = load i32, ptr %pa
  %vb = load i32, ptr %pb
  %s = add i32 %va, %vb
  store i32 %s, ptr %pc
  %i1 = add i32 %i, 1
  %d = icmp eq i32 %i1, %n
  br i1 %d, label %exit, label %loop
exit:
  ret void
}
