; llvm.memcpy becomes one MEMCPY instruction (opcode 20) when it copies more
; than a word: constant and variable sizes, any alignment, byval arguments.
; A copy of one aligned word stays a load and a store. A memmove of unknown
; size, which may overlap, is still a call.
; RUN: %llc -O2 %s -o - | %FileCheck %s
; RUN: %llc -O0 %s -o - | %FileCheck %s --check-prefix=O0
; RUN: %llc -O2 -valida-use-memcpy=false %s -o - | %FileCheck %s --check-prefix=OFF

%struct.P = type { i32, i32, i32, i32, i32, i32 }

declare void @llvm.memcpy.p0.p0.i32(ptr, ptr, i32, i1)
declare void @llvm.memmove.p0.p0.i32(ptr, ptr, i32, i1)
declare void @take(ptr byval(%struct.P) align 4)

; CHECK-LABEL: copy_struct:
; CHECK: imm32 [[N:-?[0-9]+]](fp), 24, 0, 0, 0
; CHECK-NEXT: memcpy 12(fp), 16(fp), [[N]](fp)
; CHECK-NOT: lw
; O0-LABEL: copy_struct:
; O0: memcpy
; OFF-LABEL: copy_struct:
; OFF-NOT: memcpy {{.*}}(fp)
; OFF: jal {{-?[0-9]+}}(fp), memcpy,
define void @copy_struct(ptr %d, ptr %s) {
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %d, ptr align 4 %s, i32 24, i1 false)
  ret void
}

; CHECK-LABEL: copy_bytes_unaligned:
; CHECK: memcpy 12(fp), 16(fp), 20(fp)
; CHECK-NEXT: jalv -4(fp), 0(fp), 8(fp)
define void @copy_bytes_unaligned(ptr %d, ptr %s, i32 %n) {
  call void @llvm.memcpy.p0.p0.i32(ptr %d, ptr %s, i32 %n, i1 false)
  ret void
}

; CHECK-LABEL: copy_volatile:
; CHECK: memcpy
define void @copy_volatile(ptr %d, ptr %s) {
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %d, ptr align 4 %s, i32 8, i1 true)
  ret void
}

; CHECK-LABEL: copy_one_word:
; CHECK-NOT: memcpy
; CHECK: lw [[V:-?[0-9]+]](fp), 16(fp)
; CHECK-NEXT: sw 12(fp), [[V]](fp)
define void @copy_one_word(ptr %d, ptr %s) {
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %d, ptr align 4 %s, i32 4, i1 false)
  ret void
}

; The byval copy into the callee's argument slots is a MEMCPY whose
; destination is the outgoing slot's address.
; CHECK-LABEL: pass_byval:
; CHECK: loadfp [[D:-?[0-9]+]](fp), {{-?[0-9]+}}
; CHECK: memcpy [[D]](fp), 12(fp), {{-?[0-9]+}}(fp)
; CHECK: jal
define void @pass_byval(ptr %s) {
  call void @take(ptr byval(%struct.P) align 4 %s)
  ret void
}

; CHECK-LABEL: move:
; CHECK-NOT: memcpy
; CHECK: jal {{-?[0-9]+}}(fp), memmove,
define void @move(ptr %d, ptr %s, i32 %n) {
  call void @llvm.memmove.p0.p0.i32(ptr align 4 %d, ptr align 4 %s, i32 %n, i1 false)
  ret void
}
