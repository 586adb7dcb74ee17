; i64 is expanded to word pairs: add/sub with carries from compares,
; multiplication with MULHU, compares word-wise; division, remainder and
; variable shifts call the runtime (__divdi3, __udivdi3, __moddi3,
; __umoddi3, __ashldi3, __lshrdi3, __ashrdi3) with the result returned
; through a hidden pointer.
; RUN: %llc -O2 %s -o - | %FileCheck %s --check-prefix=O2

define i64 @add(i64 %a, i64 %b) {
  %r = add i64 %a, %b
  ret i64 %r
}
define i64 @sub(i64 %a, i64 %b) {
  %r = sub i64 %a, %b
  ret i64 %r
}
define i64 @mul(i64 %a, i64 %b) {
  %r = mul i64 %a, %b
  ret i64 %r
}
define i64 @sdiv(i64 %a, i64 %b) {
  %r = sdiv i64 %a, %b
  ret i64 %r
}
define i64 @udiv(i64 %a, i64 %b) {
  %r = udiv i64 %a, %b
  ret i64 %r
}
define i64 @srem(i64 %a, i64 %b) {
  %r = srem i64 %a, %b
  ret i64 %r
}
define i64 @urem(i64 %a, i64 %b) {
  %r = urem i64 %a, %b
  ret i64 %r
}
define i64 @shl(i64 %a, i64 %b) {
  %r = shl i64 %a, %b
  ret i64 %r
}
define i64 @lshr(i64 %a, i64 %b) {
  %r = lshr i64 %a, %b
  ret i64 %r
}
define i64 @ashr(i64 %a, i64 %b) {
  %r = ashr i64 %a, %b
  ret i64 %r
}
define i64 @shl_const(i64 %a) {
  %r = shl i64 %a, 40
  ret i64 %r
}
define i32 @slt(i64 %a, i64 %b) {
  %c = icmp slt i64 %a, %b
  %r = zext i1 %c to i32
  ret i32 %r
}
define i32 @eq(i64 %a, i64 %b) {
  %c = icmp eq i64 %a, %b
  %r = zext i1 %c to i32
  ret i32 %r
}
define i32 @urem32(i32 %a, i32 %b) {
  %r = urem i32 %a, %b
  ret i32 %r
}
define i32 @srem32(i32 %a, i32 %b) {
  %r = srem i32 %a, %b
  ret i32 %r
}

; ==== generated checks ====
; O2-LABEL: add:
; O2: add -4(fp), 20(fp), 28(fp)
; O2-NEXT: add -8(fp), 16(fp), 24(fp)
; O2-NEXT: lt -12(fp), -8(fp), 16(fp)
; O2-NEXT: add -4(fp), -4(fp), -12(fp)
; O2-NEXT: sw 12(fp), -8(fp)
; O2-NEXT: addi -8(fp), 12(fp), 4
; O2-NEXT: sw -8(fp), -4(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: sub:
; O2: lt -4(fp), 16(fp), 24(fp)
; O2-NEXT: sub -8(fp), 20(fp), 28(fp)
; O2-NEXT: sub -4(fp), -8(fp), -4(fp)
; O2-NEXT: sub -8(fp), 16(fp), 24(fp)
; O2-NEXT: sw 12(fp), -8(fp)
; O2-NEXT: addi -8(fp), 12(fp), 4
; O2-NEXT: sw -8(fp), -4(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: mul:
; O2: mul -4(fp), 16(fp), 28(fp)
; O2-NEXT: mulhu -8(fp), 16(fp), 24(fp)
; O2-NEXT: add -4(fp), -8(fp), -4(fp)
; O2-NEXT: mul -8(fp), 20(fp), 24(fp)
; O2-NEXT: add -4(fp), -4(fp), -8(fp)
; O2-NEXT: mul -8(fp), 16(fp), 24(fp)
; O2-NEXT: sw 12(fp), -8(fp)
; O2-NEXT: addi -8(fp), 12(fp), 4
; O2-NEXT: sw -8(fp), -4(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: sdiv:
; O2: addi -28(fp), 28(fp), 0
; O2-NEXT: addi -32(fp), 24(fp), 0
; O2-NEXT: addi -36(fp), 20(fp), 0
; O2-NEXT: addi -40(fp), 16(fp), 0
; O2-NEXT: loadfp -44(fp), -8
; O2-NEXT: imm32 -48(fp), 56, 0, 0, 0
; O2-NEXT: jal -56(fp), __divdi3, -56
; O2-NEXT: addi -12(fp), -8(fp), 0
; O2-NEXT: addi -16(fp), -4(fp), 0
; O2-NEXT: addi -20(fp), 12(fp), 4
; O2-NEXT: sw -20(fp), -16(fp)
; O2-NEXT: sw 12(fp), -12(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: udiv:
; O2: addi -28(fp), 28(fp), 0
; O2-NEXT: addi -32(fp), 24(fp), 0
; O2-NEXT: addi -36(fp), 20(fp), 0
; O2-NEXT: addi -40(fp), 16(fp), 0
; O2-NEXT: loadfp -44(fp), -8
; O2-NEXT: imm32 -48(fp), 56, 0, 0, 0
; O2-NEXT: jal -56(fp), __udivdi3, -56
; O2-NEXT: addi -12(fp), -8(fp), 0
; O2-NEXT: addi -16(fp), -4(fp), 0
; O2-NEXT: addi -20(fp), 12(fp), 4
; O2-NEXT: sw -20(fp), -16(fp)
; O2-NEXT: sw 12(fp), -12(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: srem:
; O2: addi -28(fp), 28(fp), 0
; O2-NEXT: addi -32(fp), 24(fp), 0
; O2-NEXT: addi -36(fp), 20(fp), 0
; O2-NEXT: addi -40(fp), 16(fp), 0
; O2-NEXT: loadfp -44(fp), -8
; O2-NEXT: imm32 -48(fp), 56, 0, 0, 0
; O2-NEXT: jal -56(fp), __moddi3, -56
; O2-NEXT: addi -12(fp), -8(fp), 0
; O2-NEXT: addi -16(fp), -4(fp), 0
; O2-NEXT: addi -20(fp), 12(fp), 4
; O2-NEXT: sw -20(fp), -16(fp)
; O2-NEXT: sw 12(fp), -12(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: urem:
; O2: addi -28(fp), 28(fp), 0
; O2-NEXT: addi -32(fp), 24(fp), 0
; O2-NEXT: addi -36(fp), 20(fp), 0
; O2-NEXT: addi -40(fp), 16(fp), 0
; O2-NEXT: loadfp -44(fp), -8
; O2-NEXT: imm32 -48(fp), 56, 0, 0, 0
; O2-NEXT: jal -56(fp), __umoddi3, -56
; O2-NEXT: addi -12(fp), -8(fp), 0
; O2-NEXT: addi -16(fp), -4(fp), 0
; O2-NEXT: addi -20(fp), 12(fp), 4
; O2-NEXT: sw -20(fp), -16(fp)
; O2-NEXT: sw 12(fp), -12(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: shl:
; O2: addi -32(fp), 24(fp), 0
; O2-NEXT: addi -36(fp), 20(fp), 0
; O2-NEXT: addi -40(fp), 16(fp), 0
; O2-NEXT: loadfp -44(fp), -8
; O2-NEXT: imm32 -48(fp), 56, 0, 0, 0
; O2-NEXT: jal -56(fp), __ashldi3, -56
; O2-NEXT: addi -12(fp), -8(fp), 0
; O2-NEXT: addi -16(fp), -4(fp), 0
; O2-NEXT: addi -20(fp), 12(fp), 4
; O2-NEXT: sw -20(fp), -16(fp)
; O2-NEXT: sw 12(fp), -12(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: lshr:
; O2: addi -32(fp), 24(fp), 0
; O2-NEXT: addi -36(fp), 20(fp), 0
; O2-NEXT: addi -40(fp), 16(fp), 0
; O2-NEXT: loadfp -44(fp), -8
; O2-NEXT: imm32 -48(fp), 56, 0, 0, 0
; O2-NEXT: jal -56(fp), __lshrdi3, -56
; O2-NEXT: addi -12(fp), -8(fp), 0
; O2-NEXT: addi -16(fp), -4(fp), 0
; O2-NEXT: addi -20(fp), 12(fp), 4
; O2-NEXT: sw -20(fp), -16(fp)
; O2-NEXT: sw 12(fp), -12(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: ashr:
; O2: addi -32(fp), 24(fp), 0
; O2-NEXT: addi -36(fp), 20(fp), 0
; O2-NEXT: addi -40(fp), 16(fp), 0
; O2-NEXT: loadfp -44(fp), -8
; O2-NEXT: imm32 -48(fp), 56, 0, 0, 0
; O2-NEXT: jal -56(fp), __ashrdi3, -56
; O2-NEXT: addi -12(fp), -8(fp), 0
; O2-NEXT: addi -16(fp), -4(fp), 0
; O2-NEXT: addi -20(fp), 12(fp), 4
; O2-NEXT: sw -20(fp), -16(fp)
; O2-NEXT: sw 12(fp), -12(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: shl_const:
; O2: shli -4(fp), 16(fp), 8
; O2-NEXT: imm32 -8(fp), 0, 0, 0, 0
; O2-NEXT: sw 12(fp), -8(fp)
; O2-NEXT: addi -8(fp), 12(fp), 4
; O2-NEXT: sw -8(fp), -4(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: slt:
; O2: eq -4(fp), 16(fp), 24(fp)
; O2-NEXT: beqi .LBB11_1, -4(fp), 0
; O2: lt -4(fp), 12(fp), 20(fp)
; O2-NEXT: addi 4(fp), -4(fp), 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-NEXT: .LBB11_1:
; O2-NEXT: slt -4(fp), 16(fp), 24(fp)
; O2-NEXT: addi 4(fp), -4(fp), 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: eq:
; O2: xor -4(fp), 16(fp), 24(fp)
; O2-NEXT: xor -8(fp), 12(fp), 20(fp)
; O2-NEXT: or -4(fp), -8(fp), -4(fp)
; O2-NEXT: eqi 4(fp), -4(fp), 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: urem32:
; O2: div -4(fp), 12(fp), 16(fp)
; O2-NEXT: mul -4(fp), -4(fp), 16(fp)
; O2-NEXT: sub 4(fp), 12(fp), -4(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: srem32:
; O2: sdiv -4(fp), 12(fp), 16(fp)
; O2-NEXT: mul -4(fp), -4(fp), 16(fp)
; O2-NEXT: sub 4(fp), 12(fp), -4(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
