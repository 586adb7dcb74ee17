; Frame layout: frame indices become off(fp); the frame size N (call
; distance) is a multiple of 8 covering locals and the largest callee header
; plus arguments; __builtin_frame_address(0) is `loadfp a, 0`, the return
; address is 0(fp), outer frames are found through 8(fp).
; RUN: %llc -O0 %s -o - | %FileCheck %s --check-prefix=O0

declare void @ext(i32, i32, i32)
declare ptr @llvm.frameaddress.p0(i32)
declare ptr @llvm.returnaddress(i32)

define ptr @frame0() {
  %f = call ptr @llvm.frameaddress.p0(i32 0)
  ret ptr %f
}

define ptr @frame1() {
  %f = call ptr @llvm.frameaddress.p0(i32 1)
  ret ptr %f
}

define ptr @retaddr() {
  %r = call ptr @llvm.returnaddress(i32 0)
  ret ptr %r
}

define void @frame_size(i32 %a) {
  %l = alloca [3 x i32]
  call void @ext(i32 %a, i32 %a, i32 %a)
  store volatile i32 %a, ptr %l
  ret void
}

; ==== generated checks ====
; O0-LABEL: frame0:
; O0: loadfp -4(fp), 0
; O0-NEXT: addi 4(fp), -4(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: frame1:
; O0: loadfp -4(fp), 8
; O0-NEXT: lw -8(fp), -4(fp)
; O0-NEXT: loadfp -12(fp), 0
; O0-NEXT: add -16(fp), -12(fp), -8(fp)
; O0-NEXT: addi 4(fp), -16(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: retaddr:
; O0: addi -4(fp), 0(fp), 0
; O0-NEXT: addi 4(fp), -4(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: frame_size:
; O0: addi -16(fp), 12(fp), 0
; O0-NEXT: addi -20(fp), -16(fp), 0
; O0-NEXT: addi -24(fp), -16(fp), 0
; O0-NEXT: addi -28(fp), -16(fp), 0
; O0-NEXT: imm32 -32(fp), 40, 0, 0, 0
; O0-NEXT: jal -40(fp), ext, -40
; O0-NEXT: addi -12(fp), -16(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
