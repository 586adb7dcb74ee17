; Alignment inside .text never breaks the 24-byte record grid: padding is made
; of whole no-op records `bne 0, 0(fp), 0(fp)` (opcode 6, all operands 0),
; and an alignment that would need more padding than the alignment itself is
; dropped (code addresses need no alignment on Valida).
; RUN: %llc -filetype=obj %s -o %t.o
; RUN: llvm-nm -n %t.o | %FileCheck %s --check-prefix=NM
; RUN: llvm-objcopy -O binary --only-section=.text %t.o %t.bin
; RUN: od -Ax -v -w24 -td4 %t.bin | %FileCheck %s

; a, b, c: one record each. f (align 32) at 72 would need 24 bytes of
; padding: one no-op record, f at 96. g (align 32) at 120 would need 8 bytes,
; i.e. 72 bytes in whole records: more than 32, so g stays at 120.
; NM:      00000000 T a
; NM-NEXT: 00000018 T b
; NM-NEXT: 00000030 T c
; NM-NEXT: 00000060 T f
; NM-NEXT: 00000078 T g

; CHECK:      000000 4 -4 0 8 0 0
; CHECK-NEXT: 000018 4 -4 0 8 0 0
; CHECK-NEXT: 000030 4 -4 0 8 0 0
; CHECK-NEXT: 000048 6 0 0 0 0 0
; CHECK-NEXT: 000060 4 -4 0 8 0 0
; CHECK-NEXT: 000078 4 -4 0 8 0 0
; CHECK-NEXT: 000090{{$}}

define void @a() {
  ret void
}
define void @b() {
  ret void
}
define void @c() {
  ret void
}
define void @f() align 32 {
  ret void
}
define void @g() align 32 {
  ret void
}
