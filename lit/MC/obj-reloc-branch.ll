; Branches: `beq`/`bne`/`beqi`/`bnei` and the unconditional
; `beq L, 0(fp), 0(fp)` get R_VALIDA_32 (type 1) on operand a, i.e.
; r_offset = record start + 4, against the .text section symbol with the
; label's byte offset in .text as addend - even inside one object, because
; the linker decides where this .text goes. The word itself is 0.
; RUN: %llc -O0 -filetype=obj %s -o %t.o
; RUN: %llvm_readelf -r %t.o > %t.txt
; RUN: llvm-objcopy -O binary --only-section=.text %t.o %t.bin
; RUN: od -Ax -v -w24 -td4 %t.bin >> %t.txt
; RUN: %FileCheck %s < %t.txt
; RUN: %llc -O0 -show-mc-encoding %s -o - | %FileCheck %s --check-prefix=FIXUP

; CHECK:      Relocation section '.rela.text' at offset {{.*}} contains 6 entries:
; CHECK-NEXT: Offset Info Type Sym. Value Symbol's Name + Addend
; CHECK-NEXT: [[#%.8x,B0:]] {{[0-9a-f]+}}01 {{.*}} .text + [[#%x,HEAD:]]
; CHECK-NEXT: [[#%.8x,B1:]] {{[0-9a-f]+}}01 {{.*}} .text + [[#%x,EXIT:]]
; CHECK-NEXT: [[#%.8x,B2:]] {{[0-9a-f]+}}01 {{.*}} .text + [[#%x,BODY:]]
; CHECK-NEXT: [[#%.8x,B3:]] {{[0-9a-f]+}}01 {{.*}} .text + [[#%x,HEAD]]

; `first` occupies the first record, so the labels are not function-relative.
; CHECK: 000000 4 -4 0 8 0 0{{$}}
; entry -> head (unconditional)
; CHECK: [[#%.6x,B0-4]] 5 0 0 0 0 0{{$}}
; head: the loop test (conditional, both slots)
; CHECK: [[#%.6x,HEAD]] 100 {{.*}}
; CHECK: [[#%.6x,B1-4]] 5 0 {{-[0-9]+ -[0-9]+}} 0 0{{$}}
; CHECK: [[#%.6x,B2-4]] 5 0 0 0 0 0{{$}}
; body
; CHECK: [[#%.6x,BODY]] 100 {{.*}}
; CHECK: [[#%.6x,B3-4]] 5 0 0 0 0 0{{$}}
; exit
; CHECK: [[#%.6x,EXIT]] 100 {{.*}}

; In the assembler's view: a 32-bit fixup on operand a (bytes 4..7).
; FIXUP: beq [[L:\.LBB1_[0-9]+]], 0(fp), 0(fp) ; encoding: [0x05,0x00,0x00,0x00,A,A,A,A,0x00,
; FIXUP-NEXT: ; fixup A - offset: 4, value: [[L]], kind: fixup_valida_word32

define void @first() {
  ret void
}

define i32 @loop(i32 %n) {
entry:
  br label %head
head:
  %i = phi i32 [0, %entry], [%i1, %body]
  %c = icmp eq i32 %i, %n
  br i1 %c, label %exit, label %body
body:
  %i1 = add i32 %i, 1
  br label %head
exit:
  ret i32 %i
}

define i32 @imm_branch(i32 %x) {
; beqi/bnei: e = 1, c is the immediate.
; FIXUP-LABEL: imm_branch:
; FIXUP: bnei [[L2:\.LBB2_[0-9]+]], {{-?[0-9]+}}(fp), 9 ; encoding: [0x06,0x00,0x00,0x00,A,A,A,A,
; FIXUP-SAME: 0x09,0x00,0x00,0x00,0x00,0x00,0x00,0x00,0x01,0x00,0x00,0x00]
; FIXUP-NEXT: ; fixup A - offset: 4, value: [[L2]], kind: fixup_valida_word32
entry:
  %c = icmp eq i32 %x, 9
  br i1 %c, label %a, label %b
a:
  ret i32 1
b:
  ret i32 2
}
