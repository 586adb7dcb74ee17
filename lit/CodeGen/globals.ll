; Addresses of globals, functions and external symbols are IMM32 with a
; symbol operand (R_VALIDA_IMM32 in objects).
; RUN: %llc -O0 -stop-after=finalize-isel %s -o - | %FileCheck %s --check-prefix=ISEL
; RUN: %llc -O2 %s -o - | %FileCheck %s --check-prefix=O2

@g = global i32 5
@arr = global [4 x i32] zeroinitializer
@fp = global ptr @get

define i32 @get() {
  %v = load i32, ptr @g
  ret i32 %v
}

define void @set(i32 %v) {
  store i32 %v, ptr @g
  ret void
}

define i32 @elem() {
  %p = getelementptr [4 x i32], ptr @arr, i32 0, i32 2
  %v = load i32, ptr %p
  ret i32 %v
}

define ptr @fnaddr() {
  ret ptr @get
}

define i32 @call_through_global() {
  %f = load ptr, ptr @fp
  %r = call i32 %f()
  ret i32 %r
}

; ==== generated checks ====
; ISEL-LABEL: name: get
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = IMM32r @g
; ISEL-NEXT: %1:gpr = LOAD32rr killed %0 :: (dereferenceable load (s32) from @g)
; ISEL-NEXT: SWfr %fixed-stack.0, killed %1 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: set
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.0 :: (load (s32) from %fixed-stack.0)
; ISEL-NEXT: %1:gpr = IMM32r @g
; ISEL-NEXT: STORE32rr killed %1, %0 :: (store (s32) into @g)
; ISEL-NEXT: RET
; ISEL-LABEL: name: elem
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = IMM32r @arr + 8
; ISEL-NEXT: %1:gpr = LOAD32rr killed %0 :: (dereferenceable load (s32) from %ir.p)
; ISEL-NEXT: SWfr %fixed-stack.0, killed %1 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: fnaddr
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = IMM32r @get
; ISEL-NEXT: SWfr %fixed-stack.0, killed %0 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: call_through_global
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = IMM32r @fp
; ISEL-NEXT: %1:gpr = LOAD32rr killed %0 :: (dereferenceable load (s32) from @fp)
; ISEL-NEXT: ADJCALLSTACKDOWN 16, 0
; ISEL-NEXT: IMM32f target-index(valida-callee-slot) + 8, target-index(valida-frame-size)
; ISEL-NEXT: %3:gpr = IMM32r target-index(valida-neg-frame-size)
; ISEL-NEXT: JALVfrr target-index(valida-callee-slot), killed %1, killed %3
; ISEL-NEXT: ADJCALLSTACKUP 16, 0
; ISEL-NEXT: %2:gpr = LWrf target-index(valida-callee-slot) + 4
; ISEL-NEXT: SWfr %fixed-stack.0, killed %2 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET

; O2-LABEL: get:
; O2: imm32 -4(fp), g
; O2-NEXT: lw 4(fp), -4(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: set:
; O2: imm32 -4(fp), g
; O2-NEXT: sw -4(fp), 12(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: elem:
; O2: imm32 -4(fp), arr+8
; O2-NEXT: lw 4(fp), -4(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: fnaddr:
; O2: imm32 4(fp), get
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: call_through_global:
; O2: imm32 -4(fp), fp
; O2-NEXT: lw -4(fp), -4(fp)
; O2-NEXT: imm32 -16(fp), 24, 0, 0, 0
; O2-NEXT: imm32 -8(fp), 232, 255, 255, 255
; O2-NEXT: jalv -24(fp), -4(fp), -8(fp)
; O2-NEXT: addi 4(fp), -20(fp), 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: g:
; O2-LABEL: arr:
; O2-LABEL: fp:
