; A code address stored in data (a table of block addresses for a computed
; goto) is R_VALIDA_32 against the .text section symbol with the block's byte
; offset in .text as addend.
; RUN: %llc -O2 -filetype=obj %s -o %t.o
; RUN: %llvm_readelf -r %t.o > %t.txt
; RUN: llvm-objcopy -O binary --only-section=.text %t.o %t.bin
; RUN: od -Ax -v -w24 -td4 %t.bin >> %t.txt
; RUN: %FileCheck %s < %t.txt
; RUN: %llc -O2 %s -o - | %FileCheck %s --check-prefix=ASM

; CHECK:      Relocation section '.rela.rodata' at offset {{.*}} contains 2 entries:
; CHECK-NEXT: Offset Info Type Sym. Value Symbol's Name + Addend
; CHECK-NEXT: 00000000 {{[0-9a-f]+}}01 {{.*}} .text + [[#%x,A:]]
; CHECK-NEXT: 00000004 {{[0-9a-f]+}}01 {{.*}} .text + [[#%x,B:]]
; Each addend is the start of a block that returns 1 or 2.
; CHECK: [[#%.6x,A]] 7 {{-?[0-9]+}} 1 0 0 0{{$}}
; CHECK: [[#%.6x,B]] 7 {{-?[0-9]+}} 2 0 0 0{{$}}

; ASM:      tbl:
; ASM-NEXT: .word .Ltmp{{[0-9]+}}
; ASM-NEXT: .word .Ltmp{{[0-9]+}}

@tbl = internal constant [2 x ptr] [ptr blockaddress(@cg, %a), ptr blockaddress(@cg, %b)]

define i32 @cg(i32 %i) {
entry:
  %p = getelementptr [2 x ptr], ptr @tbl, i32 0, i32 %i
  %t = load ptr, ptr %p
  indirectbr ptr %t, [label %a, label %b]
a:
  ret i32 1
b:
  ret i32 2
}
