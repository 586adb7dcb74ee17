; float and double are soft-float: compiler-rt calls (__addsf3, __muldf3,
; __fixsfsi, __floatsidf, __ltdf2 ...).
; RUN: %llc -O2 %s -o - | %FileCheck %s --check-prefix=O2

define float @fadd(float %a, float %b) {
  %r = fadd float %a, %b
  ret float %r
}
define double @dmul(double %a, double %b) {
  %r = fmul double %a, %b
  ret double %r
}
define i32 @f2i(float %a) {
  %r = fptosi float %a to i32
  ret i32 %r
}
define double @i2d(i32 %a) {
  %r = sitofp i32 %a to double
  ret double %r
}
define i32 @dlt(double %a, double %b) {
  %c = fcmp olt double %a, %b
  %r = zext i1 %c to i32
  ret i32 %r
}

; ==== generated checks ====
; O2-LABEL: fadd:
; O2: addi -8(fp), 16(fp), 0
; O2-NEXT: addi -12(fp), 12(fp), 0
; O2-NEXT: imm32 -16(fp), 24, 0, 0, 0
; O2-NEXT: jal -24(fp), __addsf3, -24
; O2-NEXT: addi 4(fp), -20(fp), 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: dmul:
; O2: addi -28(fp), 28(fp), 0
; O2-NEXT: addi -32(fp), 24(fp), 0
; O2-NEXT: addi -36(fp), 20(fp), 0
; O2-NEXT: addi -40(fp), 16(fp), 0
; O2-NEXT: loadfp -44(fp), -8
; O2-NEXT: imm32 -48(fp), 56, 0, 0, 0
; O2-NEXT: jal -56(fp), __muldf3, -56
; O2-NEXT: addi -12(fp), -8(fp), 0
; O2-NEXT: addi -16(fp), -4(fp), 0
; O2-NEXT: addi -20(fp), 12(fp), 4
; O2-NEXT: sw -20(fp), -16(fp)
; O2-NEXT: sw 12(fp), -12(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: f2i:
; O2: addi -4(fp), 12(fp), 0
; O2-NEXT: imm32 -8(fp), 16, 0, 0, 0
; O2-NEXT: jal -16(fp), __fixsfsi, -16
; O2-NEXT: addi 4(fp), -12(fp), 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: i2d:
; O2: addi -32(fp), 16(fp), 0
; O2-NEXT: loadfp -36(fp), -8
; O2-NEXT: imm32 -40(fp), 48, 0, 0, 0
; O2-NEXT: jal -48(fp), __floatsidf, -48
; O2-NEXT: addi -12(fp), -8(fp), 0
; O2-NEXT: addi -16(fp), -4(fp), 0
; O2-NEXT: addi -20(fp), 12(fp), 4
; O2-NEXT: sw -20(fp), -16(fp)
; O2-NEXT: sw 12(fp), -12(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: dlt:
; O2: addi -8(fp), 24(fp), 0
; O2-NEXT: addi -12(fp), 20(fp), 0
; O2-NEXT: addi -16(fp), 16(fp), 0
; O2-NEXT: addi -20(fp), 12(fp), 0
; O2-NEXT: imm32 -24(fp), 32, 0, 0, 0
; O2-NEXT: jal -32(fp), __ltdf2, -32
; O2-NEXT: slti 4(fp), -28(fp), 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
