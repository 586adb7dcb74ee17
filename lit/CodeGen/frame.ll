; Frame layout: frame indices become off(fp); the frame size N (call
; distance) is a multiple of 8 covering locals and the largest callee header
; plus arguments; __builtin_frame_address(0) is `loadfp a, 0`, the return
; address is 0(fp), outer frames are found through 8(fp).
; Fields of local aggregates are slots of their own: object + constant
; (LWOrf/SWOfr, LOADFPOr for addresses) folded into one fp offset.
; RUN: %llc -O0 %s -o - | %FileCheck %s --check-prefix=O0
; RUN: %llc -O0 -stop-after=finalize-isel %s -o - | %FileCheck %s --check-prefix=ISEL

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

declare void @take(ptr)

define i32 @struct_field(i32 %v) {
  %s = alloca { i32, i32, i32 }, align 4
  %f2 = getelementptr inbounds { i32, i32, i32 }, ptr %s, i32 0, i32 2
  store i32 %v, ptr %f2
  %f1 = getelementptr inbounds { i32, i32, i32 }, ptr %s, i32 0, i32 1
  call void @take(ptr %f1)
  %r = load i32, ptr %f2
  ret i32 %r
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
; O0-LABEL: struct_field:
; O0: addi -16(fp), 12(fp), 0
; O0-NEXT: addi -4(fp), -16(fp), 0
; O0-NEXT: loadfp -20(fp), -8
; O0-NEXT: addi -28(fp), -20(fp), 0
; O0-NEXT: imm32 -32(fp), 40, 0, 0, 0
; O0-NEXT: jal -40(fp), take, -40
; O0-NEXT: addi -24(fp), -4(fp), 0
; O0-NEXT: addi 4(fp), -24(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)

; ISEL-LABEL: name: frame0
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LOADFPr %fixed-stack.0
; ISEL-NEXT: SWfr %fixed-stack.1, killed %0 :: (store (s32) into %fixed-stack.1)
; ISEL-NEXT: RET
; ISEL-LABEL: name: frame1
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LOADFPOr %fixed-stack.0, 8
; ISEL-NEXT: %1:gpr = LOAD32rr killed %0 :: (load (s32) from %fixed-stack.0 + 8)
; ISEL-NEXT: %2:gpr = LOADFPr %fixed-stack.0
; ISEL-NEXT: %3:gpr = ADDrrr killed %2, killed %1
; ISEL-NEXT: SWfr %fixed-stack.1, killed %3 :: (store (s32) into %fixed-stack.1)
; ISEL-NEXT: RET
; ISEL-LABEL: name: retaddr
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.0 :: (load (s32) from %fixed-stack.0)
; ISEL-NEXT: SWfr %fixed-stack.1, killed %0 :: (store (s32) into %fixed-stack.1)
; ISEL-NEXT: RET
; ISEL-LABEL: name: frame_size
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.0 :: (load (s32) from %fixed-stack.0)
; ISEL-NEXT: ADJCALLSTACKDOWN 24, 0
; ISEL-NEXT: SWfr target-index(valida-callee-slot) + 20, %0
; ISEL-NEXT: SWfr target-index(valida-callee-slot) + 16, %0
; ISEL-NEXT: SWfr target-index(valida-callee-slot) + 12, %0
; ISEL-NEXT: IMM32f target-index(valida-callee-slot) + 8, target-index(valida-frame-size)
; ISEL-NEXT: JAL target-index(valida-callee-slot), @ext, target-index(valida-neg-frame-size)
; ISEL-NEXT: ADJCALLSTACKUP 24, 0
; ISEL-NEXT: SWfr %stack.0.l, %0 :: (volatile store (s32) into %ir.l)
; ISEL-NEXT: RET
; ISEL-LABEL: name: struct_field
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: SWOfr %stack.0.s, 8, %0 :: (store (s32) into %ir.f2)
; ISEL-NEXT: %1:gpr = nuw LOADFPOr %stack.0.s, 4
; ISEL-NEXT: ADJCALLSTACKDOWN 16, 0
; ISEL-NEXT: SWfr target-index(valida-callee-slot) + 12, killed %1
; ISEL-NEXT: IMM32f target-index(valida-callee-slot) + 8, target-index(valida-frame-size)
; ISEL-NEXT: JAL target-index(valida-callee-slot), @take, target-index(valida-neg-frame-size)
; ISEL-NEXT: ADJCALLSTACKUP 16, 0
; ISEL-NEXT: %2:gpr = LWOrf %stack.0.s, 8 :: (dereferenceable load (s32) from %ir.f2)
; ISEL-NEXT: SWfr %fixed-stack.0, killed %2 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
