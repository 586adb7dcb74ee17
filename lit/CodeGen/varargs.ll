; Variadic functions: va_start gives the address of the first variadic slot
; (LOADFP of a fixed object); a variadic 8-byte argument sits at an 8-aligned
; offset of the callee frame (padding slot), fixed ones do not.
; RUN: %llc -O0 %s -o - | %FileCheck %s --check-prefix=O0
; RUN: %llc -O2 %s -o - | %FileCheck %s --check-prefix=O2

declare void @llvm.va_start.p0(ptr)
declare void @llvm.va_end.p0(ptr)
declare void @llvm.va_copy.p0(ptr, ptr)
declare i32 @vfn(i32, ...)

define i32 @first_vararg(i32 %n, ...) {
  %ap = alloca ptr
  call void @llvm.va_start.p0(ptr %ap)
  %p = load ptr, ptr %ap
  %v = load i32, ptr %p
  call void @llvm.va_end.p0(ptr %ap)
  ret i32 %v
}

define ptr @copy(i32 %n, ...) {
  %a = alloca ptr
  %b = alloca ptr
  call void @llvm.va_start.p0(ptr %a)
  call void @llvm.va_copy.p0(ptr %b, ptr %a)
  %r = load ptr, ptr %b
  ret ptr %r
}

define i32 @vaarg_instr(i32 %n, ...) {
  %ap = alloca ptr
  call void @llvm.va_start.p0(ptr %ap)
  %v = va_arg ptr %ap, i32
  ret i32 %v
}

; i32 fixed at 12, i32 variadic at 16, i64 variadic padded to 24, i32 at 32.
define i32 @call_variadic() {
  %r = call i32 (i32, ...) @vfn(i32 3, i32 1, i64 4294967298, i32 5)
  ret i32 %r
}

; ==== generated checks ====
; O0-LABEL: first_vararg:
; O0: loadfp -8(fp), 16
; O0-NEXT: addi -4(fp), -8(fp), 0
; O0-NEXT: addi -12(fp), -4(fp), 0
; O0-NEXT: lw -16(fp), -12(fp)
; O0-NEXT: addi 4(fp), -16(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: copy:
; O0: loadfp -12(fp), 16
; O0-NEXT: addi -4(fp), -12(fp), 0
; O0-NEXT: addi -16(fp), -4(fp), 0
; O0-NEXT: addi -8(fp), -16(fp), 0
; O0-NEXT: addi -20(fp), -8(fp), 0
; O0-NEXT: addi 4(fp), -20(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: vaarg_instr:
; O0: loadfp -8(fp), 16
; O0-NEXT: addi -4(fp), -8(fp), 0
; O0-NEXT: addi -12(fp), -4(fp), 0
; O0-NEXT: addi -16(fp), -12(fp), 3
; O0-NEXT: andi -20(fp), -16(fp), -4
; O0-NEXT: addi -24(fp), -20(fp), 4
; O0-NEXT: addi -4(fp), -24(fp), 0
; O0-NEXT: lw -28(fp), -20(fp)
; O0-NEXT: addi 4(fp), -28(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: call_variadic:
; O0: imm32 -4(fp), 5, 0, 0, 0
; O0-NEXT: addi -32(fp), -4(fp), 0
; O0-NEXT: imm32 -8(fp), 1, 0, 0, 0
; O0-NEXT: addi -36(fp), -8(fp), 0
; O0-NEXT: imm32 -12(fp), 2, 0, 0, 0
; O0-NEXT: addi -40(fp), -12(fp), 0
; O0-NEXT: addi -48(fp), -8(fp), 0
; O0-NEXT: imm32 -16(fp), 3, 0, 0, 0
; O0-NEXT: addi -52(fp), -16(fp), 0
; O0-NEXT: imm32 -56(fp), 64, 0, 0, 0
; O0-NEXT: jal -64(fp), vfn, -64
; O0-NEXT: addi -20(fp), -60(fp), 0
; O0-NEXT: addi 4(fp), -20(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)

; O2-LABEL: first_vararg:
; O2: loadfp -4(fp), 16
; O2-NEXT: addi 4(fp), 16(fp), 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: copy:
; O2: loadfp -12(fp), 16
; O2-NEXT: addi -4(fp), -12(fp), 0
; O2-NEXT: addi -8(fp), -12(fp), 0
; O2-NEXT: addi 4(fp), -12(fp), 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: vaarg_instr:
; O2: loadfp -4(fp), 20
; O2-NEXT: addi 4(fp), 16(fp), 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: call_variadic:
; O2: imm32 -16(fp), 5, 0, 0, 0
; O2-NEXT: imm32 -4(fp), 1, 0, 0, 0
; O2-NEXT: addi -20(fp), -4(fp), 0
; O2-NEXT: imm32 -24(fp), 2, 0, 0, 0
; O2-NEXT: addi -32(fp), -4(fp), 0
; O2-NEXT: imm32 -36(fp), 3, 0, 0, 0
; O2-NEXT: imm32 -40(fp), 48, 0, 0, 0
; O2-NEXT: jal -48(fp), vfn, -48
; O2-NEXT: addi 4(fp), -44(fp), 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
