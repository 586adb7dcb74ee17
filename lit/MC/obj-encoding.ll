; Encoding: every instruction is one record of six little-endian 32-bit words
; `opcode, a, b, c, d, e` (valida-isa.md section 1). The .text section is
; dumped one record per line as signed decimals.
; RUN: %llc -O2 -filetype=obj %s -o %t.o
; RUN: llvm-objcopy -O binary --only-section=.text %t.o %t.bin
; RUN: od -An -v -w24 -td4 %t.bin | %FileCheck %s
; RUN: %llvm_readelf -x .text %t.o | %FileCheck %s --check-prefix=HEX

; A return alone: `jalv -4(fp), 0(fp), 8(fp)` = 4, -4, 0, 8, 0, 0.
; HEX:      Hex dump of section '.text':
; HEX-NEXT: 0x00000000 04000000 fcffffff 00000000 08000000
; HEX-NEXT: 0x00000010 00000000 00000000
define void @ret() {
; CHECK: {{^ *}}4 -4 0 8 0 0{{$}}
  ret void
}

define i32 @fff(i32 %a, i32 %b) {
; sub: d=0, e=0.
; CHECK: {{^ *}}101 {{-?[0-9]+ -?[0-9]+ -?[0-9]+}} 0 0{{$}}
  %r = sub i32 %a, %b
  ret i32 %r
}

define i32 @ffi(i32 %a) {
; addi with c = -7 (sign-extended word), e=1.
; CHECK: {{^ *}}100 {{-?[0-9]+ -?[0-9]+}} -7 0 1{{$}}
  %r = add i32 %a, -7
  ret i32 %r
}

define i32 @fif(i32 %a) {
; ilt with b = 5, d=1.
; CHECK: {{^ *}}104 {{-?[0-9]+}} 5 {{-?[0-9]+}} 1 0{{$}}
  %c = icmp ugt i32 %a, 5
  %r = zext i1 %c to i32
  ret i32 %r
}

define i32 @imm() {
; imm32 of 0x12345678: bytes LSB first in b, c, d, e.
; CHECK: {{^ *}}7 {{-?[0-9]+}} 120 86 52 18{{$}}
  ret i32 305419896
}

define i32 @imm_neg() {
; -40 = 0xffffffd8
; CHECK: {{^ *}}7 {{-?[0-9]+}} 216 255 255 255{{$}}
  ret i32 -40
}

define void @sw(ptr %p, i32 %v) {
; sw: a = 0.
; CHECK: {{^ *}}2 0 {{-?[0-9]+ -?[0-9]+}} 0 0{{$}}
  store i32 %v, ptr %p
  ret void
}

define i32 @lw(ptr %p) {
; lw: b = 0.
; CHECK: {{^ *}}1 {{-?[0-9]+}} 0 {{-?[0-9]+}} 0 0{{$}}
  %x = load i32, ptr %p
  ret i32 %x
}

define i32 @loads8(ptr %p) {
; CHECK: {{^ *}}12 {{-?[0-9]+}} 0 {{-?[0-9]+}} 0 0{{$}}
  %b = load i8, ptr %p
  %s = sext i8 %b to i32
  ret i32 %s
}

define i32 @loadu8(ptr %p) {
; CHECK: {{^ *}}11 {{-?[0-9]+}} 0 {{-?[0-9]+}} 0 0{{$}}
  %b = load i8, ptr %p
  %s = zext i8 %b to i32
  ret i32 %s
}

define void @storeu8(ptr %p, i8 %v) {
; CHECK: {{^ *}}13 0 {{-?[0-9]+ -?[0-9]+}} 0 0{{$}}
  store i8 %v, ptr %p
  ret void
}

define ptr @lfp() {
; loadfp: a slot, b immediate.
; CHECK: {{^ *}}10 {{-?[0-9]+ -[0-9]+}} 0 0 0{{$}}
  %a = alloca i32
  store volatile i32 1, ptr %a
  ret ptr %a
}

declare void @__valida_write(i32)
declare i32 @__valida_read_advice()
declare void @__valida_stop()
declare void @__valida_fail()

define void @io() {
; advread (9), write 0, b, 0, 0, 1 (300), fail (16), stop (8).
; CHECK: {{^ *}}9 [[S:-?[0-9]+]] 0 0 0 0{{$}}
; CHECK: {{^ *}}300 0 [[S]] 0 0 1{{$}}
; CHECK: {{^ *}}16 0 0 0 0 0{{$}}
; CHECK: {{^ *}}8 0 0 0 0 0{{$}}
  %c = call i32 @__valida_read_advice()
  call void @__valida_write(i32 %c)
  call void @__valida_fail()
  call void @__valida_stop()
  ret void
}

define i32 @loop(i32 %n) {
; Unconditional branch `beq L, 0(fp), 0(fp)` and conditional branches: the
; target word (a) is 0 in the object, filled by the linker (R_VALIDA_32).
; CHECK: {{^ *}}{{5|6}} 0 {{-?[0-9]+ -?[0-9]+}} 0 {{0|1}}{{$}}
entry:
  br label %head
head:
  %i = phi i32 [0, %entry], [%i1, %head]
  %i1 = add i32 %i, 1
  %c = icmp eq i32 %i1, %n
  br i1 %c, label %exit, label %head
exit:
  ret i32 %i1
}
