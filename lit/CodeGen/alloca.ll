; Static allocas are stack objects (words accessed as slots, others through
; LOADFP addresses); dynamic allocas come from the area below the word
; __valida_alloca_sp, saved on entry and restored on return.
; RUN: %llc -O0 %s -o - | %FileCheck %s --check-prefix=O0
; RUN: %llc -O2 %s -o - | %FileCheck %s --check-prefix=O2
; RUN: %llc -O2 %s -o - | %FileCheck --check-prefix=AREA %s

; The module gets weak default definitions of the area (valida-alloca-area).
; AREA: .weak __valida_alloca_area
; AREA: __valida_alloca_area:
; AREA-NEXT: .zero 1048576
; AREA: .weak __valida_alloca_sp
; AREA: __valida_alloca_sp:
; AREA-NEXT: .word __valida_alloca_area+1048576

declare void @use(ptr)
declare ptr @llvm.stacksave.p0()
declare void @llvm.stackrestore.p0(ptr)

define i32 @static_array(i32 %i) {
  %a = alloca [4 x i32]
  call void @use(ptr %a)
  %p = getelementptr [4 x i32], ptr %a, i32 0, i32 %i
  %v = load i32, ptr %p
  ret i32 %v
}

define void @dynamic(i32 %n) {
  %a = alloca i32, i32 %n
  call void @use(ptr %a)
  ret void
}

define void @scoped(i32 %n) {
  %sp = call ptr @llvm.stacksave.p0()
  %a = alloca i8, i32 %n, align 16
  call void @use(ptr %a)
  call void @llvm.stackrestore.p0(ptr %sp)
  ret void
}

; ==== generated checks ====
; O0-LABEL: static_array:
; O0: addi -20(fp), 12(fp), 0
; O0-NEXT: loadfp -24(fp), -16
; O0-NEXT: addi -44(fp), -24(fp), 0
; O0-NEXT: imm32 -48(fp), 56, 0, 0, 0
; O0-NEXT: jal -56(fp), use, -56
; O0-NEXT: shli -28(fp), -20(fp), 2
; O0-NEXT: add -32(fp), -24(fp), -28(fp)
; O0-NEXT: lw -36(fp), -32(fp)
; O0-NEXT: addi 4(fp), -36(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: dynamic:
; O0: imm32 -4(fp), __valida_alloca_sp
; O0-NEXT: lw -8(fp), -4(fp)
; O0-NEXT: addi -12(fp), 12(fp), 0
; O0-NEXT: shli -16(fp), -12(fp), 2
; O0-NEXT: addi -20(fp), -16(fp), 7
; O0-NEXT: andi -24(fp), -20(fp), -8
; O0-NEXT: lw -28(fp), -4(fp)
; O0-NEXT: sub -32(fp), -28(fp), -24(fp)
; O0-NEXT: andi -36(fp), -32(fp), -8
; O0-NEXT: sw -4(fp), -36(fp)
; O0-NEXT: addi -44(fp), -36(fp), 0
; O0-NEXT: imm32 -48(fp), 56, 0, 0, 0
; O0-NEXT: jal -56(fp), use, -56
; O0-NEXT: sw -4(fp), -8(fp)
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: scoped:
; O0: imm32 -4(fp), __valida_alloca_sp
; O0-NEXT: lw -8(fp), -4(fp)
; O0-NEXT: addi -12(fp), 12(fp), 0
; O0-NEXT: lw -16(fp), -4(fp)
; O0-NEXT: addi -20(fp), -12(fp), 7
; O0-NEXT: andi -24(fp), -20(fp), -8
; O0-NEXT: lw -28(fp), -4(fp)
; O0-NEXT: sub -32(fp), -28(fp), -24(fp)
; O0-NEXT: andi -36(fp), -32(fp), -16
; O0-NEXT: sw -4(fp), -36(fp)
; O0-NEXT: addi -44(fp), -36(fp), 0
; O0-NEXT: imm32 -48(fp), 56, 0, 0, 0
; O0-NEXT: jal -56(fp), use, -56
; O0-NEXT: sw -4(fp), -16(fp)
; O0-NEXT: sw -4(fp), -8(fp)
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: __valida_alloca_area:
; O0-LABEL: __valida_alloca_sp:

; O2-LABEL: static_array:
; O2: loadfp -20(fp), -16
; O2-NEXT: addi -28(fp), -20(fp), 0
; O2-NEXT: imm32 -32(fp), 40, 0, 0, 0
; O2-NEXT: jal -40(fp), use, -40
; O2-NEXT: shli -24(fp), 12(fp), 2
; O2-NEXT: add -20(fp), -20(fp), -24(fp)
; O2-NEXT: lw 4(fp), -20(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: dynamic:
; O2: imm32 -4(fp), __valida_alloca_sp
; O2-NEXT: lw -8(fp), -4(fp)
; O2-NEXT: shli -12(fp), 12(fp), 2
; O2-NEXT: addi -12(fp), -12(fp), 7
; O2-NEXT: andi -12(fp), -12(fp), -8
; O2-NEXT: lw -16(fp), -4(fp)
; O2-NEXT: sub -12(fp), -16(fp), -12(fp)
; O2-NEXT: andi -12(fp), -12(fp), -8
; O2-NEXT: sw -4(fp), -12(fp)
; O2-NEXT: addi -20(fp), -12(fp), 0
; O2-NEXT: imm32 -24(fp), 32, 0, 0, 0
; O2-NEXT: jal -32(fp), use, -32
; O2-NEXT: sw -4(fp), -8(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: scoped:
; O2: imm32 -4(fp), __valida_alloca_sp
; O2-NEXT: lw -8(fp), -4(fp)
; O2-NEXT: lw -12(fp), -4(fp)
; O2-NEXT: addi -16(fp), 12(fp), 7
; O2-NEXT: andi -16(fp), -16(fp), -8
; O2-NEXT: sub -16(fp), -12(fp), -16(fp)
; O2-NEXT: andi -16(fp), -16(fp), -16
; O2-NEXT: sw -4(fp), -16(fp)
; O2-NEXT: addi -20(fp), -16(fp), 0
; O2-NEXT: imm32 -24(fp), 32, 0, 0, 0
; O2-NEXT: jal -32(fp), use, -32
; O2-NEXT: sw -4(fp), -12(fp)
; O2-NEXT: sw -4(fp), -8(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: __valida_alloca_area:
; O2-LABEL: __valida_alloca_sp:
