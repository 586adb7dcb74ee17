; Module-level inline assembly: assembly output copies it verbatim (between
; `;` comment markers); an object file cannot hold it (there is no Valida MC
; assembler), which is a clear error rather than an LLVM crash.
; RUN: %llc %s -o - | %FileCheck %s
; RUN: not %llc -filetype=obj %s -o /dev/null 2>&1 | %FileCheck %s --check-prefix=OBJ

; CHECK:      ; Start of file scope inline assembly
; CHECK-NEXT: .globl helper
; CHECK-NEXT: helper:
; CHECK-NEXT: stop
; CHECK:      ; End of file scope inline assembly

; OBJ: error: module-level inline assembly cannot be put in a Valida object file (there is no Valida assembler in LLVM); emit assembly (-S) instead

module asm "\09.globl helper"
module asm "helper:"
module asm "\09stop"

define void @f() {
  ret void
}
