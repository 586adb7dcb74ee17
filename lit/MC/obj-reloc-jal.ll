; Direct calls: `jal a(fp), callee, -N` gets R_VALIDA_32 (type 1) on operand
; b, i.e. r_offset = record start + 8, addend = 0; the word itself is 0 in
; the object. Calls to a global or undefined function use its symbol; a call
; to a local (static) function may use the .text section symbol with the
; function's offset as addend.
; RUN: %llc -O2 -filetype=obj %s -o %t.o
; RUN: %llvm_readelf -r -s %t.o > %t.txt
; RUN: llvm-objcopy -O binary --only-section=.text %t.o %t.bin
; RUN: od -Ax -v -w24 -td4 %t.bin >> %t.txt
; RUN: %FileCheck %s < %t.txt

; CHECK:      Relocation section '.rela.text' at offset {{.*}} contains 3 entries:
; CHECK-NEXT: Offset Info Type Sym. Value Symbol's Name + Addend
; CHECK-NEXT: [[#%.8x,EXT:]] {{[0-9a-f]+}}01 {{.*}} ext + 0
; CHECK-NEXT: [[#%.8x,LOC:]] {{[0-9a-f]+}}01 {{.*}} .text + [[#%x,LOCADDR:]]
; CHECK-NEXT: [[#%.8x,GLOB:]] {{[0-9a-f]+}}01 {{.*}} glob + 0

; The static function's address is its offset in .text.
; CHECK: [[#%.8x,LOCADDR]] {{[0-9]+}} FUNC LOCAL DEFAULT 2 local
; CHECK: {{[0-9a-f]+}} {{[0-9]+}} FUNC GLOBAL DEFAULT 2 glob

; The relocated words are operand b of jal records (opcode 3), left 0.
; CHECK: [[#%.6x,EXT-8]] 3 -[[N:[0-9]+]] 0 -[[N]] 0 0{{$}}
; CHECK: [[#%.6x,LOC-8]] 3 -[[N]] 0 -[[N]] 0 0{{$}}
; CHECK: [[#%.6x,GLOB-8]] 3 -[[N]] 0 -[[N]] 0 0{{$}}

declare i32 @ext(i32)

define internal i32 @local(i32 %x) {
  ret i32 %x
}

define i32 @glob(i32 %x) {
  ret i32 %x
}

define i32 @caller(i32 %x) {
  %a = call i32 @ext(i32 %x)
  %b = call i32 @local(i32 %a)
  %c = call i32 @glob(i32 %b)
  ret i32 %c
}
