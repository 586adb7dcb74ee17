; valida-fold-operands: a value computed only to be passed is computed
; straight into its outgoing argument slot, also when other arguments are
; stored in between (callee-frame slots at different offsets are different
; words). A call in between still blocks the fold: it writes the callee
; frame.
; RUN: %llc -O2 %s -o - | %FileCheck %s

declare i32 @g(i32, i32)

; %x = a + 1 is defined before the store of a into the first argument slot;
; it is computed into the second one, no local slot and no copy (the frame
; is 24 bytes: arguments at -12, -8 and -4(fp)).
; CHECK-LABEL: three_args:
; CHECK-NEXT: ; %bb.0:
; CHECK-NEXT: addi -8(fp), 12(fp), 1
; CHECK-NEXT: imm32 -4(fp), 7, 0, 0, 0
; CHECK-NEXT: addi -12(fp), 12(fp), 0
; CHECK-NEXT: imm32 -16(fp), 24, 0, 0, 0
; CHECK-NEXT: jal -24(fp), h, -24
declare i32 @h(i32, i32, i32)
define i32 @three_args(i32 %a) {
  %x = add i32 %a, 1
  %r = call i32 @h(i32 %a, i32 %x, i32 7)
  ret i32 %r
}

; %x is computed before the first call, so it is copied into g's second
; argument slot after that call, not written there before it.
; CHECK-LABEL: across_call:
; CHECK: jal -[[#M:]](fp), g, -{{[0-9]+}}
; CHECK: addi -[[#M-16]](fp), {{-[0-9]+}}(fp), 0
; CHECK: jal -[[#M]](fp), g, -[[#M]]
define i32 @across_call(i32 %a, i32 %b) {
  %x = add i32 %a, 1
  %first = call i32 @g(i32 %b, i32 %b)
  %r = call i32 @g(i32 %first, i32 %x)
  ret i32 %r
}
