; Calls (docs/abi.md): the caller stores the distance N at -N+8(fp) and the
; arguments at -N+12(fp)...; `jal -N(fp), callee, -N`; the result is read
; from -N+4(fp). Indirect calls keep the target and -N in slots: `jalv`.
; Wide results come back through a hidden pointer in the first argument slot.
; RUN: %llc -O0 -stop-after=finalize-isel %s -o - | %FileCheck %s --check-prefix=ISEL
; RUN: %llc -O0 %s -o - | %FileCheck %s --check-prefix=O0
; RUN: %llc -O2 %s -o - | %FileCheck %s --check-prefix=O2

declare i32 @f2(i32, i32)
declare void @v0()
declare i64 @ret64(i64, i32)

define i32 @direct(i32 %a) {
  %r = call i32 @f2(i32 %a, i32 42)
  ret i32 %r
}

define void @noargs() {
  call void @v0()
  ret void
}

define i32 @indirect(ptr %fn, i32 %a) {
  %r = call i32 %fn(i32 %a, i32 1)
  ret i32 %r
}

define i64 @wide(i64 %x) {
  %r = call i64 @ret64(i64 %x, i32 7)
  ret i64 %r
}

define i32 @two_calls(i32 %a) {
  %x = call i32 @f2(i32 %a, i32 1)
  %y = call i32 @f2(i32 %x, i32 %a)
  %r = add i32 %x, %y
  ret i32 %r
}

define i32 @many_args(i32 %a, i32 %b, i32 %c, i32 %d, i32 %e, i32 %f) {
  %s = add i32 %a, %f
  ret i32 %s
}

define i32 @recursive(i32 %n) {
  %c = icmp slt i32 %n, 2
  br i1 %c, label %base, label %rec
base:
  ret i32 %n
rec:
  %n1 = sub i32 %n, 1
  %r1 = call i32 @recursive(i32 %n1)
  %n2 = sub i32 %n, 2
  %r2 = call i32 @recursive(i32 %n2)
  %s = add i32 %r1, %r2
  ret i32 %s
}

; ==== generated checks ====
; ISEL-LABEL: name: direct
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: ADJCALLSTACKDOWN 24, 0
; ISEL-NEXT: %1:gpr = IMM32r 42
; ISEL-NEXT: SWfr target-index(valida-callee-slot) + 16, killed %1
; ISEL-NEXT: SWfr target-index(valida-callee-slot) + 12, %0
; ISEL-NEXT: IMM32f target-index(valida-callee-slot) + 8, target-index(valida-frame-size)
; ISEL-NEXT: JAL target-index(valida-callee-slot), @f2, target-index(valida-neg-frame-size)
; ISEL-NEXT: ADJCALLSTACKUP 24, 0
; ISEL-NEXT: %2:gpr = LWrf target-index(valida-callee-slot) + 4
; ISEL-NEXT: SWfr %fixed-stack.0, killed %2 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: noargs
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: ADJCALLSTACKDOWN 16, 0
; ISEL-NEXT: IMM32f target-index(valida-callee-slot) + 8, target-index(valida-frame-size)
; ISEL-NEXT: JAL target-index(valida-callee-slot), @v0, target-index(valida-neg-frame-size)
; ISEL-NEXT: ADJCALLSTACKUP 16, 0
; ISEL-NEXT: RET
; ISEL-LABEL: name: indirect
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %1:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.2 :: (load (s32) from %fixed-stack.2)
; ISEL-NEXT: ADJCALLSTACKDOWN 24, 0
; ISEL-NEXT: %2:gpr = IMM32r 1
; ISEL-NEXT: SWfr target-index(valida-callee-slot) + 16, killed %2
; ISEL-NEXT: SWfr target-index(valida-callee-slot) + 12, %1
; ISEL-NEXT: IMM32f target-index(valida-callee-slot) + 8, target-index(valida-frame-size)
; ISEL-NEXT: %4:gpr = IMM32r target-index(valida-neg-frame-size)
; ISEL-NEXT: JALVfrr target-index(valida-callee-slot), %0, killed %4
; ISEL-NEXT: ADJCALLSTACKUP 24, 0
; ISEL-NEXT: %3:gpr = LWrf target-index(valida-callee-slot) + 4
; ISEL-NEXT: SWfr %fixed-stack.0, killed %3 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: wide
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.2 :: (load (s32) from %fixed-stack.2)
; ISEL-NEXT: %2:gpr = LWrf %fixed-stack.0 :: (load (s32) from %fixed-stack.0)
; ISEL-NEXT: %1:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: ADJCALLSTACKDOWN 32, 0
; ISEL-NEXT: %3:gpr = IMM32r 7
; ISEL-NEXT: SWfr target-index(valida-callee-slot) + 24, killed %3
; ISEL-NEXT: SWfr target-index(valida-callee-slot) + 20, %2
; ISEL-NEXT: SWfr target-index(valida-callee-slot) + 16, %1
; ISEL-NEXT: %4:gpr = LOADFPr %stack.0
; ISEL-NEXT: SWfr target-index(valida-callee-slot) + 12, killed %4
; ISEL-NEXT: IMM32f target-index(valida-callee-slot) + 8, target-index(valida-frame-size)
; ISEL-NEXT: JAL target-index(valida-callee-slot), @ret64, target-index(valida-neg-frame-size)
; ISEL-NEXT: ADJCALLSTACKUP 32, 0
; ISEL-NEXT: %5:gpr = LWOrf %stack.0, 4 :: (load (s32) from %stack.0 + 4, basealign 8)
; ISEL-NEXT: %6:gpr = LWrf %stack.0 :: (load (s32) from %stack.0, align 8)
; ISEL-NEXT: STORE32rr %0, killed %6 :: (store (s32), align 8)
; ISEL-NEXT: %7:gpr = nuw ADDrri %0, 4
; ISEL-NEXT: STORE32rr killed %7, killed %5 :: (store (s32) into unknown-address + 4, basealign 8)
; ISEL-NEXT: RET
; ISEL-LABEL: name: two_calls
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: ADJCALLSTACKDOWN 24, 0
; ISEL-NEXT: %1:gpr = IMM32r 1
; ISEL-NEXT: SWfr target-index(valida-callee-slot) + 16, killed %1
; ISEL-NEXT: SWfr target-index(valida-callee-slot) + 12, %0
; ISEL-NEXT: IMM32f target-index(valida-callee-slot) + 8, target-index(valida-frame-size)
; ISEL-NEXT: JAL target-index(valida-callee-slot), @f2, target-index(valida-neg-frame-size)
; ISEL-NEXT: ADJCALLSTACKUP 24, 0
; ISEL-NEXT: %2:gpr = LWrf target-index(valida-callee-slot) + 4
; ISEL-NEXT: ADJCALLSTACKDOWN 24, 0
; ISEL-NEXT: SWfr target-index(valida-callee-slot) + 16, %0
; ISEL-NEXT: SWfr target-index(valida-callee-slot) + 12, %2
; ISEL-NEXT: IMM32f target-index(valida-callee-slot) + 8, target-index(valida-frame-size)
; ISEL-NEXT: JAL target-index(valida-callee-slot), @f2, target-index(valida-neg-frame-size)
; ISEL-NEXT: ADJCALLSTACKUP 24, 0
; ISEL-NEXT: %3:gpr = LWrf target-index(valida-callee-slot) + 4
; ISEL-NEXT: %4:gpr = ADDrrr %2, killed %3
; ISEL-NEXT: SWfr %fixed-stack.0, killed %4 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: many_args
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %1:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.6 :: (load (s32) from %fixed-stack.6)
; ISEL-NEXT: %2:gpr = ADDrrr %0, %1
; ISEL-NEXT: SWfr %fixed-stack.0, killed %2 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: recursive
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: successors: %bb.1(0x40000000), %bb.2(0x40000000)
; ISEL: %0:gpr = LWrf %fixed-stack.2 :: (load (s32) from %fixed-stack.2)
; ISEL-NEXT: %1:gpr = SLTrir 1, %0
; ISEL-NEXT: BNEri %bb.2, killed %1, 0
; ISEL-NEXT: JMP %bb.1
; ISEL: bb.1.base:
; ISEL-NEXT: SWfr %fixed-stack.0, %0 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL: bb.2.rec:
; ISEL-NEXT: %2:gpr = ADDrri %0, -1
; ISEL-NEXT: ADJCALLSTACKDOWN 16, 0
; ISEL-NEXT: SWfr target-index(valida-callee-slot) + 12, killed %2
; ISEL-NEXT: IMM32f target-index(valida-callee-slot) + 8, target-index(valida-frame-size)
; ISEL-NEXT: JAL target-index(valida-callee-slot), @recursive, target-index(valida-neg-frame-size)
; ISEL-NEXT: ADJCALLSTACKUP 16, 0
; ISEL-NEXT: %3:gpr = LWrf target-index(valida-callee-slot) + 4
; ISEL-NEXT: %4:gpr = ADDrri %0, -2
; ISEL-NEXT: ADJCALLSTACKDOWN 16, 0
; ISEL-NEXT: SWfr target-index(valida-callee-slot) + 12, killed %4
; ISEL-NEXT: IMM32f target-index(valida-callee-slot) + 8, target-index(valida-frame-size)
; ISEL-NEXT: JAL target-index(valida-callee-slot), @recursive, target-index(valida-neg-frame-size)
; ISEL-NEXT: ADJCALLSTACKUP 16, 0
; ISEL-NEXT: %5:gpr = LWrf target-index(valida-callee-slot) + 4
; ISEL-NEXT: %6:gpr = ADDrrr killed %3, killed %5
; ISEL-NEXT: SWfr %fixed-stack.1, killed %6 :: (store (s32) into %fixed-stack.1)
; ISEL-NEXT: RET

; O0-LABEL: direct:
; O0: addi -4(fp), 12(fp), 0
; O0-NEXT: imm32 -8(fp), 42, 0, 0, 0
; O0-NEXT: addi -24(fp), -8(fp), 0
; O0-NEXT: addi -28(fp), -4(fp), 0
; O0-NEXT: imm32 -32(fp), 40, 0, 0, 0
; O0-NEXT: jal -40(fp), f2, -40
; O0-NEXT: addi -12(fp), -36(fp), 0
; O0-NEXT: addi 4(fp), -12(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: noargs:
; O0: imm32 -8(fp), 16, 0, 0, 0
; O0-NEXT: jal -16(fp), v0, -16
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: indirect:
; O0: addi -4(fp), 16(fp), 0
; O0-NEXT: addi -8(fp), 12(fp), 0
; O0-NEXT: imm32 -12(fp), 1, 0, 0, 0
; O0-NEXT: addi -32(fp), -12(fp), 0
; O0-NEXT: addi -36(fp), -4(fp), 0
; O0-NEXT: imm32 -40(fp), 48, 0, 0, 0
; O0-NEXT: imm32 -16(fp), 208, 255, 255, 255
; O0-NEXT: jalv -48(fp), -8(fp), -16(fp)
; O0-NEXT: addi -20(fp), -44(fp), 0
; O0-NEXT: addi 4(fp), -20(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: wide:
; O0: addi -12(fp), 12(fp), 0
; O0-NEXT: addi -16(fp), 20(fp), 0
; O0-NEXT: addi -20(fp), 16(fp), 0
; O0-NEXT: imm32 -24(fp), 7, 0, 0, 0
; O0-NEXT: addi -48(fp), -24(fp), 0
; O0-NEXT: addi -52(fp), -16(fp), 0
; O0-NEXT: addi -56(fp), -20(fp), 0
; O0-NEXT: loadfp -28(fp), -8
; O0-NEXT: addi -60(fp), -28(fp), 0
; O0-NEXT: imm32 -64(fp), 72, 0, 0, 0
; O0-NEXT: jal -72(fp), ret64, -72
; O0-NEXT: addi -32(fp), -4(fp), 0
; O0-NEXT: addi -36(fp), -8(fp), 0
; O0-NEXT: sw -12(fp), -36(fp)
; O0-NEXT: addi -40(fp), -12(fp), 4
; O0-NEXT: sw -40(fp), -32(fp)
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: two_calls:
; O0: addi -4(fp), 12(fp), 0
; O0-NEXT: imm32 -8(fp), 1, 0, 0, 0
; O0-NEXT: addi -32(fp), -8(fp), 0
; O0-NEXT: addi -36(fp), -4(fp), 0
; O0-NEXT: imm32 -40(fp), 48, 0, 0, 0
; O0-NEXT: jal -48(fp), f2, -48
; O0-NEXT: addi -12(fp), -44(fp), 0
; O0-NEXT: addi -32(fp), -4(fp), 0
; O0-NEXT: addi -36(fp), -12(fp), 0
; O0-NEXT: imm32 -40(fp), 48, 0, 0, 0
; O0-NEXT: jal -48(fp), f2, -48
; O0-NEXT: addi -16(fp), -44(fp), 0
; O0-NEXT: add -20(fp), -12(fp), -16(fp)
; O0-NEXT: addi 4(fp), -20(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: many_args:
; O0: addi -4(fp), 32(fp), 0
; O0-NEXT: addi -8(fp), 12(fp), 0
; O0-NEXT: add -12(fp), -8(fp), -4(fp)
; O0-NEXT: addi 4(fp), -12(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: recursive:
; O0: addi -4(fp), 12(fp), 0
; O0-NEXT: islt -8(fp), 1, -4(fp)
; O0-NEXT: bnei .LBB6_2, -8(fp), 0
; O0-NEXT: beq .LBB6_1, 0(fp), 0(fp)
; O0-NEXT: .LBB6_1:
; O0-NEXT: addi 4(fp), -4(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-NEXT: .LBB6_2:
; O0-NEXT: addi -12(fp), -4(fp), -1
; O0-NEXT: addi -36(fp), -12(fp), 0
; O0-NEXT: imm32 -40(fp), 48, 0, 0, 0
; O0-NEXT: jal -48(fp), recursive, -48
; O0-NEXT: addi -16(fp), -44(fp), 0
; O0-NEXT: addi -20(fp), -4(fp), -2
; O0-NEXT: addi -36(fp), -20(fp), 0
; O0-NEXT: imm32 -40(fp), 48, 0, 0, 0
; O0-NEXT: jal -48(fp), recursive, -48
; O0-NEXT: addi -24(fp), -44(fp), 0
; O0-NEXT: add -28(fp), -16(fp), -24(fp)
; O0-NEXT: addi 4(fp), -28(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)

; O2-LABEL: direct:
; O2: imm32 -8(fp), 42, 0, 0, 0
; O2-NEXT: addi -12(fp), 12(fp), 0
; O2-NEXT: imm32 -16(fp), 24, 0, 0, 0
; O2-NEXT: jal -24(fp), f2, -24
; O2-NEXT: addi 4(fp), -20(fp), 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: noargs:
; O2: imm32 -8(fp), 16, 0, 0, 0
; O2-NEXT: jal -16(fp), v0, -16
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: indirect:
; O2: imm32 -16(fp), 1, 0, 0, 0
; O2-NEXT: addi -20(fp), 16(fp), 0
; O2-NEXT: imm32 -24(fp), 32, 0, 0, 0
; O2-NEXT: imm32 -4(fp), 224, 255, 255, 255
; O2-NEXT: jalv -32(fp), 12(fp), -4(fp)
; O2-NEXT: addi 4(fp), -28(fp), 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: wide:
; O2: imm32 -24(fp), 7, 0, 0, 0
; O2-NEXT: addi -28(fp), 20(fp), 0
; O2-NEXT: addi -32(fp), 16(fp), 0
; O2-NEXT: loadfp -36(fp), -8
; O2-NEXT: imm32 -40(fp), 48, 0, 0, 0
; O2-NEXT: jal -48(fp), ret64, -48
; O2-NEXT: addi -12(fp), -4(fp), 0
; O2-NEXT: sw 12(fp), -8(fp)
; O2-NEXT: addi -16(fp), 12(fp), 4
; O2-NEXT: sw -16(fp), -12(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: two_calls:
; O2: imm32 -16(fp), 1, 0, 0, 0
; O2-NEXT: addi -20(fp), 12(fp), 0
; O2-NEXT: imm32 -24(fp), 32, 0, 0, 0
; O2-NEXT: jal -32(fp), f2, -32
; O2-NEXT: addi -4(fp), -28(fp), 0
; O2-NEXT: addi -16(fp), 12(fp), 0
; O2-NEXT: addi -20(fp), -4(fp), 0
; O2-NEXT: jal -32(fp), f2, -32
; O2-NEXT: add 4(fp), -4(fp), -28(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: many_args:
; O2: add 4(fp), 12(fp), 32(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: recursive:
; O2: islt -4(fp), 1, 12(fp)
; O2-NEXT: bnei .LBB6_2, -4(fp), 0
; O2: addi 4(fp), 12(fp), 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-NEXT: .LBB6_2:
; O2-NEXT: addi -12(fp), 12(fp), -1
; O2-NEXT: imm32 -16(fp), 24, 0, 0, 0
; O2-NEXT: jal -24(fp), recursive, -24
; O2-NEXT: addi -4(fp), -20(fp), 0
; O2-NEXT: addi -12(fp), 12(fp), -2
; O2-NEXT: jal -24(fp), recursive, -24
; O2-NEXT: add 4(fp), -4(fp), -20(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
