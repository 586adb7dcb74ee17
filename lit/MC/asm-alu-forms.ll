; Printing of the three native ALU forms (docs/abi.md, "Assembly syntax"):
;   fff  `op a(fp), b(fp), c(fp)`   (d=0, e=0)
;   ffi  `opi a(fp), b(fp), imm`    (e=1: c is an immediate)
;   fif  `iop a(fp), imm, c(fp)`    (d=1: b is an immediate; compares only)
; RUN: %llc -O2 %s -o - | %FileCheck %s

define i32 @fff_sub(i32 %a, i32 %b) {
; CHECK-LABEL: fff_sub:
; CHECK: sub {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp){{$}}
  %r = sub i32 %a, %b
  ret i32 %r
}

define i32 @fff_mulhu(i32 %a, i32 %b) {
; CHECK-LABEL: fff_mulhu:
; CHECK: mulhu {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp){{$}}
  %xa = zext i32 %a to i64
  %xb = zext i32 %b to i64
  %m = mul i64 %xa, %xb
  %h = lshr i64 %m, 32
  %r = trunc i64 %h to i32
  ret i32 %r
}

define i32 @ffi_add_negative(i32 %a) {
; CHECK-LABEL: ffi_add_negative:
; CHECK: addi {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp), -7{{$}}
  %r = add i32 %a, -7
  ret i32 %r
}

define i32 @ffi_xor_large(i32 %a) {
; Immediates are full signed 32-bit words.
; CHECK-LABEL: ffi_xor_large:
; CHECK: xori {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp), 305419896{{$}}
  %r = xor i32 %a, 305419896
  ret i32 %r
}

define i32 @ffi_shl(i32 %a) {
; CHECK-LABEL: ffi_shl:
; CHECK: shli {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp), 3{{$}}
  %r = shl i32 %a, 3
  ret i32 %r
}

define i32 @fif_ilt(i32 %a) {
; 5 <u a: left immediate.
; CHECK-LABEL: fif_ilt:
; CHECK: ilt {{-?[0-9]+}}(fp), 5, {{-?[0-9]+}}(fp){{$}}
  %c = icmp ugt i32 %a, 5
  %r = zext i1 %c to i32
  ret i32 %r
}

define i32 @fif_islt(i32 %a) {
; CHECK-LABEL: fif_islt:
; CHECK: islt {{-?[0-9]+}}(fp), -3, {{-?[0-9]+}}(fp){{$}}
  %c = icmp sgt i32 %a, -3
  %r = zext i1 %c to i32
  ret i32 %r
}
