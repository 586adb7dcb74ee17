; Target builtins (docs/abi.md) become their instruction, not a call.
; RUN: %llc -O0 -stop-after=finalize-isel %s -o - | %FileCheck %s --check-prefix=ISEL
; RUN: %llc -O2 %s -o - | %FileCheck %s --check-prefix=O2

declare void @__valida_write(i32)
declare i32 @__valida_read_advice()
declare void @__valida_stop()
declare void @__valida_fail()
declare void @__valida_keccakf(ptr)
declare void @__valida_jump(i32, ptr)

define void @write(i32 %c) {
  call void @__valida_write(i32 %c)
  ret void
}

define i32 @read() {
  %v = call i32 @__valida_read_advice()
  ret i32 %v
}

define void @stop() {
  call void @__valida_stop()
  unreachable
}

define void @fail() {
  call void @__valida_fail()
  unreachable
}

define void @keccak(ptr %s) {
  call void @__valida_keccakf(ptr %s)
  ret void
}

define void @jump(i32 %pc, ptr %fp) {
  call void @__valida_jump(i32 %pc, ptr %fp)
  unreachable
}

define void @trap() {
  call void @llvm.trap()
  unreachable
}

; ==== generated checks ====
; ISEL-LABEL: name: write
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.0 :: (load (s32) from %fixed-stack.0)
; ISEL-NEXT: WRITEr %0
; ISEL-NEXT: RET
; ISEL-LABEL: name: read
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = ADVREADr
; ISEL-NEXT: SWfr %fixed-stack.0, killed %0 :: (store (s32) into %fixed-stack.0)
; ISEL-NEXT: RET
; ISEL-LABEL: name: stop
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: STOP
; ISEL-LABEL: name: fail
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: FAIL
; ISEL-LABEL: name: keccak
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.0 :: (load (s32) from %fixed-stack.0)
; ISEL-NEXT: KECCAKFr %0
; ISEL-NEXT: RET
; ISEL-LABEL: name: jump
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: %1:gpr = LWrf %fixed-stack.1 :: (load (s32) from %fixed-stack.1)
; ISEL-NEXT: %0:gpr = LWrf %fixed-stack.2 :: (load (s32) from %fixed-stack.2)
; ISEL-NEXT: %2:gpr = LOADFPr %fixed-stack.0
; ISEL-NEXT: %3:gpr = SUBrrr %1, killed %2
; ISEL-NEXT: JALVfrr %fixed-stack.0, %0, killed %3
; llvm.trap is the FAIL instruction (not a call of abort()).
; ISEL-LABEL: name: trap
; ISEL: bb.0 (%ir-block.0):
; ISEL-NEXT: FAIL

; O2-LABEL: write:
; O2: write 0, 12(fp), 0, 0, 1
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: read:
; O2: advread 4(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: stop:
; O2: stop
; O2-LABEL: fail:
; O2: fail
; O2-LABEL: keccak:
; O2: keccakf 0, 12(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: jump:
; O2: loadfp -4(fp), 0
; O2-NEXT: sub -4(fp), 16(fp), -4(fp)
; O2-NEXT: jalv 0(fp), 12(fp), -4(fp)
; O2-LABEL: trap:
; O2: fail
