; Inline asm with operands: an "r" operand is its value's frame slot, printed
; `N(fp)`; "i"/"n" operands are numbers; a tied "+r" output is the input's
; value in the output's slot. The text is assembled into the object by the
; Valida MC assembly parser; bad text is an error with its line.
; RUN: %llc -O2 %s -o - | %FileCheck %s
; RUN: %llc -O0 %s -o - | %FileCheck %s
; RUN: %llc -O2 -filetype=obj %s -o %t.o
; RUN: llvm-objcopy -O binary --only-section=.text %t.o %t.bin
; RUN: od -An -v -w24 -td4 %t.bin | %FileCheck %s --check-prefix=OBJ
; RUN: not %llc -O2 -filetype=obj %S/Inputs/inline-asm-bad.ll -o /dev/null 2>&1 | %FileCheck %s --check-prefix=BAD

; CHECK-LABEL: add:
; CHECK:      ;APP
; CHECK-NEXT: add [[R:-?[0-9]+]](fp), {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp){{$}}
; CHECK-NEXT: ;NO_APP
; OBJ: 100 {{-?[0-9]+ -?[0-9]+ -?[0-9]+}} 0 0
define i32 @add(i32 %a, i32 %b) {
  %r = call i32 asm sideeffect "add $0, $1, $2", "=r,r,r"(i32 %a, i32 %b)
  ret i32 %r
}

; CHECK-LABEL: tied_imm:
; CHECK:      ;APP
; CHECK-NEXT: addi [[T:-?[0-9]+]](fp), [[T]](fp), 100{{$}}
; OBJ: 100 [[S:-?[0-9]+]] [[S]] 100 0 1
define i32 @tied_imm(i32 %x) {
  %r = call i32 asm sideeffect "addi $0, $0, $1", "=r,i,0"(i32 100, i32 %x)
  ret i32 %r
}

; CHECK-LABEL: keccak:
; CHECK:      ;APP
; CHECK-NEXT: keccakf 0, {{-?[0-9]+}}(fp){{$}}
; OBJ: 120 0 {{-?[0-9]+}} 0 0 0
define void @keccak(ptr %p) {
  call void asm sideeffect "keccakf 0, $0", "r,~{memory}"(ptr %p)
  ret void
}

; The second line of the asm text is wrong.
; BAD: <inline asm>:2:2: error: unknown instruction 'adx'
