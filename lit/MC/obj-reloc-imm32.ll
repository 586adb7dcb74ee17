; `imm32 a(fp), sym+off` gets R_VALIDA_IMM32 (type 2) with r_offset = the
; start of the imm32 record and addend = off. The four operand words b, c, d,
; e are 0 in the object; the linker writes the bytes of S + A into them,
; least significant first. Local symbols may be replaced by their section
; symbol with the offset folded into the addend.
; RUN: %llc -O2 -filetype=obj %s -o %t.o
; RUN: %llvm_readelf -r -s %t.o > %t.txt
; RUN: llvm-objcopy -O binary --only-section=.text %t.o %t.bin
; RUN: od -Ax -v -w24 -td4 %t.bin >> %t.txt
; RUN: %FileCheck %s < %t.txt

; CHECK:      Relocation section '.rela.text' at offset {{.*}} contains 7 entries:
; CHECK-NEXT: Offset Info Type Sym. Value Symbol's Name + Addend
; CHECK-NEXT: [[#%.8x,GLOB:]] {{[0-9a-f]+}}02 {{.*}} g + 0
; CHECK-NEXT: [[#%.8x,PLUS:]] {{[0-9a-f]+}}02 {{.*}} g + 8
; CHECK-NEXT: [[#%.8x,MINUS:]] {{[0-9a-f]+}}02 {{.*}} g - 4
; CHECK-NEXT: [[#%.8x,EXT:]] {{[0-9a-f]+}}02 {{.*}} ext + 0
; CHECK-NEXT: [[#%.8x,STATIC:]] {{[0-9a-f]+}}02 {{.*}} .data + c
; CHECK-NEXT: [[#%.8x,FUNC:]] {{[0-9a-f]+}}02 {{.*}} a_glob + 0
; CHECK-NEXT: [[#%.8x,BLOCK:]] {{[0-9a-f]+}}02 {{.*}} .text + [[#%x,BLOCKADDR:]]

; The relocated places are imm32 records (opcode 7) with b..e = 0.
; CHECK: [[#%.6x,GLOB]] 7 {{-?[0-9]+}} 0 0 0 0{{$}}
; CHECK: [[#%.6x,PLUS]] 7 {{-?[0-9]+}} 0 0 0 0{{$}}
; CHECK: [[#%.6x,MINUS]] 7 {{-?[0-9]+}} 0 0 0 0{{$}}
; CHECK: [[#%.6x,EXT]] 7 {{-?[0-9]+}} 0 0 0 0{{$}}
; CHECK: [[#%.6x,STATIC]] 7 {{-?[0-9]+}} 0 0 0 0{{$}}
; CHECK: [[#%.6x,FUNC]] 7 {{-?[0-9]+}} 0 0 0 0{{$}}
; The address-taken block is the first block of a_block.
; CHECK: [[#%.6x,BLOCKADDR]] 7 {{-?[0-9]+}} 0 0 0 0{{$}}

@g = global [4 x i32] zeroinitializer
@s = internal global [4 x i32] [i32 1, i32 2, i32 3, i32 4]
@ext = external global i32

define ptr @a_glob() {
  ret ptr @g
}

define ptr @a_plus() {
  ret ptr getelementptr (i8, ptr @g, i32 8)
}

define ptr @a_minus() {
  ret ptr getelementptr (i8, ptr @g, i32 -4)
}

define ptr @a_ext() {
  ret ptr @ext
}

define ptr @a_static() {
  ret ptr getelementptr (i8, ptr @s, i32 12)
}

define ptr @a_func() {
  ret ptr @a_glob
}

define ptr @a_block() {
entry:
  br label %l
l:
  ret ptr blockaddress(@a_block, %l)
}
