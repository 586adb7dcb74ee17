; Printing of imm32. A constant prints in the public form: its four bytes,
; least significant first (`imm32 a(fp), b0, b1, b2, b3`). A symbol address
; prints as `sym`, `sym+off` or `sym-off` (relocation R_VALIDA_IMM32).
; RUN: %llc -O2 %s -o - | %FileCheck %s

@g = global [4 x i32] zeroinitializer

define i32 @pos() {
; 0x12345678
; CHECK-LABEL: pos:
; CHECK: imm32 {{-?[0-9]+}}(fp), 120, 86, 52, 18{{$}}
  ret i32 305419896
}

define i32 @neg() {
; -40 = 0xffffffd8
; CHECK-LABEL: neg:
; CHECK: imm32 {{-?[0-9]+}}(fp), 216, 255, 255, 255{{$}}
  ret i32 -40
}

define i32 @min() {
; 0x80000000
; CHECK-LABEL: min:
; CHECK: imm32 {{-?[0-9]+}}(fp), 0, 0, 0, 128{{$}}
  ret i32 -2147483648
}

define i32 @zero() {
; CHECK-LABEL: zero:
; CHECK: imm32 {{-?[0-9]+}}(fp), 0, 0, 0, 0{{$}}
  ret i32 0
}

define ptr @sym() {
; CHECK-LABEL: sym:
; CHECK: imm32 {{-?[0-9]+}}(fp), g{{$}}
  ret ptr @g
}

define ptr @sym_plus() {
; CHECK-LABEL: sym_plus:
; CHECK: imm32 {{-?[0-9]+}}(fp), g+8{{$}}
  ret ptr getelementptr (i8, ptr @g, i32 8)
}

define ptr @sym_minus() {
; CHECK-LABEL: sym_minus:
; CHECK: imm32 {{-?[0-9]+}}(fp), g-4{{$}}
  ret ptr getelementptr (i8, ptr @g, i32 -4)
}

define ptr @func_addr() {
; A function address is its byte address (a multiple of 24).
; CHECK-LABEL: func_addr:
; CHECK: imm32 {{-?[0-9]+}}(fp), pos{{$}}
  ret ptr @pos
}

define ptr @block_addr() {
; CHECK-LABEL: block_addr:
; CHECK: [[L:\.Ltmp[0-9]+]]: {{.*}}Block address taken
; CHECK: imm32 {{-?[0-9]+}}(fp), [[L]]{{$}}
entry:
  br label %l
l:
  ret ptr blockaddress(@block_addr, %l)
}
