; Module-level inline assembly: assembly output copies it verbatim (between
; `;` comment markers); object output assembles it with the Valida MC
; assembly parser.
; RUN: %llc %s -o - | %FileCheck %s
; RUN: %llc -filetype=obj %s -o %t.o
; RUN: %llvm_readelf -s %t.o | %FileCheck %s --check-prefix=SYM
; RUN: llvm-objcopy -O binary --only-section=.text %t.o %t.bin
; RUN: od -An -v -w24 -td4 %t.bin | %FileCheck %s --check-prefix=OBJ

; CHECK:      ; Start of file scope inline assembly
; CHECK-NEXT: .text
; CHECK-NEXT: .globl helper
; CHECK-NEXT: helper:
; CHECK-NEXT: stop
; CHECK:      ; End of file scope inline assembly

; SYM: NOTYPE GLOBAL DEFAULT {{[0-9]+}} helper
; OBJ: 8 0 0 0 0 0

module asm "\09.text"
module asm "\09.globl helper"
module asm "helper:"
module asm "\09stop"

define void @f() {
  ret void
}
