; fp128 (long double) arguments are passed indirectly, as on riscv32 ilp32
; (and as clang's riscv32 va_arg of long double expects): the caller copies
; the value to a temporary of its own frame and passes the address in one
; slot; the callee reads the words through it. Soft-float libcalls
; (__addtf3, whose operands arrive as i128) do the same. Other i128
; arguments stay in four slots unless -valida-indirect-i128-args. Wide
; results come back by sret demotion as before.
; RUN: %llc -O2 %s -o - | %FileCheck %s
; RUN: %llc -O0 %s -o - | %FileCheck %s --check-prefix=O0
; RUN: %llc -O2 -valida-indirect-i128-args %s -o - | %FileCheck %s --check-prefix=I128

declare i32 @printf(ptr, ...)
declare void @take(i32, fp128, i32)

@fmt = private constant [8 x i8] c"%Lf %d\0A\00"

; Variadic: the long double is a pointer slot at 16(fp) of the callee, the
; int follows at 20.
; The callee-frame slot -N+16 gets the temporary's address, -N+20 the 7.
; CHECK-LABEL: vararg:
; CHECK: imm32 -[[#A:]](fp), 7, 0, 0, 0
; CHECK: loadfp -[[#A+4]](fp), -16
; CHECK: imm32 -[[#A+8]](fp), .Lfmt
; CHECK: jal -[[#A+20]](fp), printf, -[[#A+20]]
; O0-LABEL: vararg:
; O0: loadfp
; O0: jal {{.*}}printf
define i32 @vararg() {
  %r = call i32 (ptr, ...) @printf(ptr @fmt, fp128 0xL00000000000000003FFF800000000000, i32 7)
  ret i32 %r
}

; Fixed arguments: three slots (12, 16 = address, 20).
; CHECK-LABEL: fixed:
; CHECK: imm32 -[[#B:]](fp), 2, 0, 0, 0
; CHECK: loadfp -[[#B+4]](fp), -16
; CHECK: imm32 -[[#B+8]](fp), 1, 0, 0, 0
; CHECK: jal -[[#B+20]](fp), take, -[[#B+20]]
define void @fixed(fp128 %x) {
  call void @take(i32 1, fp128 %x, i32 2)
  ret void
}

; The callee: the address is in 16(fp) (12 is the sret pointer of the
; fp128 result), words at +0, +4, +8, +12.
; CHECK-LABEL: pass_through:
; CHECK-DAG: addi {{-[0-9]+}}(fp), 16(fp), 4
; CHECK-DAG: addi {{-[0-9]+}}(fp), 16(fp), 8
; CHECK-DAG: addi {{-[0-9]+}}(fp), 16(fp), 12
; CHECK-DAG: lw {{-[0-9]+}}(fp), 16(fp)
; CHECK: sw 12(fp),
; CHECK: jalv -4(fp), 0(fp), 8(fp)
define fp128 @pass_through(fp128 %x) {
  ret fp128 %x
}

; i128: four slots (the second word at 16, the i32 at 28); by reference
; with -valida-indirect-i128-args (the i32 at 16).
; CHECK-LABEL: second_word:
; CHECK: add 4(fp), 16(fp), 28(fp)
; I128-LABEL: second_word:
; I128: addi [[W:-[0-9]+]](fp), 12(fp), 4
; I128: lw [[W2:-[0-9]+]](fp), [[W]](fp)
; I128: add 4(fp), [[W2]](fp), 16(fp)
define i32 @second_word(i128 %x, i32 %y) {
  %s = lshr i128 %x, 32
  %t = trunc i128 %s to i32
  %r = add i32 %t, %y
  ret i32 %r
}

; __addtf3 gets pointers to temporaries (two operands, sret first).
; CHECK-LABEL: soft_add:
; CHECK: loadfp
; CHECK: loadfp
; CHECK: loadfp
; CHECK: jal {{.*}}__addtf3
define fp128 @soft_add(fp128 %a, fp128 %b) {
  %r = fadd fp128 %a, %b
  ret fp128 %r
}
