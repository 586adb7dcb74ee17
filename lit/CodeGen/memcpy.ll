; Block copies and fills are provable by default: no MEMCPY (opcode 20, which
; the Valida v1.0 prover cannot prove). Known sizes up to 32 stores are
; expanded inline (a word: lw + sw, plus an addi per pointer that is not a
; frame object; between frame objects a word is slot moves, no lw/sw), byte-wise
; memcpy/memmove only up to 8 bytes; larger or unknown sizes call the
; runtime. byval copies are always inline (4-aligned ones word by word
; into the argument slots). -valida-use-memcpy (valida-cc
; -mvalida-memcpy) brings back one MEMCPY per copy wider than a word.
; memmove never becomes MEMCPY (its operands may overlap).
; RUN: %llc -O2 %s -o - | %FileCheck %s
; RUN: %llc -O0 %s -o - | %FileCheck %s --check-prefix=O0
; RUN: %llc -O2 -valida-use-memcpy %s -o - | %FileCheck %s --check-prefix=INSTR
; RUN: %llc -O2 %s -o - | %FileCheck %s --check-prefix=NONE
; RUN: %llc -O0 %s -o - | %FileCheck %s --check-prefix=NONE
; NONE-NOT: memcpy {{.*}}(fp)

%struct.P = type { i32, i32, i32, i32, i32, i32 }

declare void @llvm.memcpy.p0.p0.i32(ptr, ptr, i32, i1)
declare void @llvm.memmove.p0.p0.i32(ptr, ptr, i32, i1)
declare void @llvm.memset.p0.i32(ptr, i8, i32, i1)
declare void @take(ptr byval(%struct.P) align 4)
declare void @use(ptr)

; Six words between pointers: word 0 at the pointers themselves, the others
; one addi per pointer.
; CHECK-LABEL: copy_struct:
; CHECK: lw [[V:-?[0-9]+]](fp), 16(fp)
; CHECK-NEXT: sw 12(fp), [[V]](fp)
; CHECK-COUNT-5: addi {{.*}}, 12(fp), {{4|8|12|16|20}}{{$}}
; CHECK-NOT: jal {{-?[0-9]+}}(fp),
; CHECK: jalv
; O0-LABEL: copy_struct:
; O0-NOT: jal {{-?[0-9]+}}(fp), memcpy,
; O0: jalv
; INSTR-LABEL: copy_struct:
; INSTR: imm32 [[N:-?[0-9]+]](fp), 24, 0, 0, 0
; INSTR-NEXT: memcpy 12(fp), 16(fp), [[N]](fp)
define void @copy_struct(ptr %d, ptr %s) {
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %d, ptr align 4 %s, i32 24, i1 false)
  ret void
}

; Between two locals every word is a move between slots.
; CHECK-LABEL: copy_locals:
; CHECK: jal {{.*}}, use,
; CHECK-NOT: lw
; CHECK-NOT: sw
; CHECK: jal {{.*}}, use,
define void @copy_locals() {
  %a = alloca %struct.P, align 4
  %b = alloca %struct.P, align 4
  call void @use(ptr %a)
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %b, ptr align 4 %a, i32 24, i1 false)
  call void @use(ptr %b)
  ret void
}

; Unknown alignment: six bytes inline, byte by byte.
; CHECK-LABEL: copy_bytes6:
; CHECK-COUNT-6: storeu8
; CHECK-NOT: jal {{-?[0-9]+}}(fp),
; CHECK: jalv
define void @copy_bytes6(ptr %d, ptr %s) {
  call void @llvm.memcpy.p0.p0.i32(ptr %d, ptr %s, i32 6, i1 false)
  ret void
}

; Unknown alignment, 24 bytes: the runtime copies words if it can.
; CHECK-LABEL: copy_bytes24:
; CHECK-NOT: storeu8
; CHECK: jal {{-?[0-9]+}}(fp), memcpy,
define void @copy_bytes24(ptr %d, ptr %s) {
  call void @llvm.memcpy.p0.p0.i32(ptr %d, ptr %s, i32 24, i1 false)
  ret void
}

; 64 words: more than 32 stores, a call.
; CHECK-LABEL: copy_big:
; CHECK-NOT: sw
; CHECK: jal {{-?[0-9]+}}(fp), memcpy,
; INSTR-LABEL: copy_big:
; INSTR: memcpy 12(fp), 16(fp),
define void @copy_big(ptr %d, ptr %s) {
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %d, ptr align 4 %s, i32 256, i1 false)
  ret void
}

; CHECK-LABEL: copy_var:
; CHECK: jal {{-?[0-9]+}}(fp), memcpy,
; O0-LABEL: copy_var:
; O0: jal {{-?[0-9]+}}(fp), memcpy,
; INSTR-LABEL: copy_var:
; INSTR: memcpy 12(fp), 16(fp), 20(fp)
; INSTR-NEXT: jalv -4(fp), 0(fp), 8(fp)
define void @copy_var(ptr %d, ptr %s, i32 %n) {
  call void @llvm.memcpy.p0.p0.i32(ptr %d, ptr %s, i32 %n, i1 false)
  ret void
}

; A volatile copy is a copy like any other (word by word, inline).
; CHECK-LABEL: copy_volatile:
; CHECK-COUNT-2: sw
; CHECK-NOT: jal {{-?[0-9]+}}(fp),
define void @copy_volatile(ptr %d, ptr %s) {
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %d, ptr align 4 %s, i32 8, i1 true)
  ret void
}

; The byval copy into the callee's argument slots is inline whatever its
; size (a call there would clobber the outgoing area); 4-aligned, it loads
; each word straight into its argument slot (no store, no slot address).
; CHECK-LABEL: pass_byval:
; CHECK-NOT: sw
; CHECK: lw {{-?[0-9]+}}(fp), 12(fp)
; CHECK-COUNT-5: lw
; CHECK-NOT: sw
; CHECK: jal {{-?[0-9]+}}(fp), take,
; INSTR-LABEL: pass_byval:
; INSTR: memcpy
define void @pass_byval(ptr %s) {
  call void @take(ptr byval(%struct.P) align 4 %s)
  ret void
}

; memset: the word value once, then addi + sw per word.
; CHECK-LABEL: set_small:
; CHECK: imm32 [[Z:-?[0-9]+]](fp), 0, 0, 0, 0
; CHECK-COUNT-4: sw {{.*}}, [[Z]](fp)
; CHECK-NOT: jal {{-?[0-9]+}}(fp),
define void @set_small(ptr %d) {
  call void @llvm.memset.p0.i32(ptr align 4 %d, i8 0, i32 16, i1 false)
  ret void
}

; A local: one slot move per word.
; CHECK-LABEL: set_local:
; CHECK: imm32 [[W:-?[0-9]+]](fp), 1, 1, 1, 1
; CHECK-COUNT-6: addi {{-?[0-9]+}}(fp), [[W]](fp), 0
; CHECK-NOT: sw
; CHECK: jal {{.*}}, use,
define void @set_local() {
  %a = alloca %struct.P, align 4
  call void @llvm.memset.p0.i32(ptr align 4 %a, i8 1, i32 24, i1 false)
  call void @use(ptr %a)
  ret void
}

; CHECK-LABEL: set_big:
; CHECK: jal {{-?[0-9]+}}(fp), memset,
define void @set_big(ptr %d, i8 %c) {
  call void @llvm.memset.p0.i32(ptr align 4 %d, i8 %c, i32 512, i1 false)
  ret void
}

; memmove inline: every load before the first store, so any overlap works.
; CHECK-LABEL: move_small:
; CHECK-COUNT-3: lw
; CHECK-NOT: lw
; CHECK-COUNT-3: sw
; CHECK-NOT: jal {{-?[0-9]+}}(fp),
; INSTR-LABEL: move_small:
; INSTR-NOT: memcpy
; INSTR: jalv
define void @move_small(ptr %d, ptr %s) {
  call void @llvm.memmove.p0.p0.i32(ptr align 4 %d, ptr align 4 %s, i32 12, i1 false)
  ret void
}

; CHECK-LABEL: move_var:
; CHECK: jal {{-?[0-9]+}}(fp), memmove,
; INSTR-LABEL: move_var:
; INSTR-NOT: memcpy
; INSTR: jal {{-?[0-9]+}}(fp), memmove,
define void @move_var(ptr %d, ptr %s, i32 %n) {
  call void @llvm.memmove.p0.p0.i32(ptr align 4 %d, ptr align 4 %s, i32 %n, i1 false)
  ret void
}

; -Os: at most 8 stores inline.
; RUN: %llc -O2 %s -o - | %FileCheck %s --check-prefix=OS
; OS-LABEL: optsize_copy:
; OS: jal {{-?[0-9]+}}(fp), memcpy,
define void @optsize_copy(ptr %d, ptr %s) optsize {
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %d, ptr align 4 %s, i32 64, i1 false)
  ret void
}

; A byval aggregate that may be unaligned is copied byte by byte.
%struct.C = type { i8, i8, i8 }
declare void @take_bytes(ptr byval(%struct.C) align 1)
; CHECK-LABEL: pass_byval_bytes:
; CHECK-COUNT-3: storeu8
; CHECK: jal {{-?[0-9]+}}(fp), take_bytes,
define void @pass_byval_bytes(ptr %s) {
  call void @take_bytes(ptr byval(%struct.C) align 1 %s)
  ret void
}
