; The code emitter's view (-show-mc-encoding): constant operands are encoded
; in place; a symbolic jal target is a 32-bit fixup on operand b (offset 8);
; a symbolic imm32 value is one fixup at the record start (offset 0) that
; covers words b..e.
; RUN: %llc -O2 -show-mc-encoding %s -o - | %FileCheck %s

@g = global i32 0
declare void @callee()

define void @call() {
; CHECK-LABEL: call:
; CHECK: jal -[[N:[0-9]+]](fp), callee, -[[N]] ; encoding: [0x03,0x00,0x00,0x00,{{0x[0-9a-f]+,0x[0-9a-f]+,0x[0-9a-f]+,0x[0-9a-f]+}},A,A,A,A,{{0x[0-9a-f]+,0x[0-9a-f]+,0x[0-9a-f]+,0x[0-9a-f]+}},0x00,0x00,0x00,0x00,0x00,0x00,0x00,0x00]
; CHECK-NEXT: ; fixup A - offset: 8, value: callee, kind: fixup_valida_word32
  call void @callee()
  ret void
}

define ptr @addr() {
; CHECK-LABEL: addr:
; CHECK: imm32 {{-?[0-9]+}}(fp), g+4 ; encoding: [0x07,0x00,0x00,0x00,{{0x[0-9a-f]+,0x[0-9a-f]+,0x[0-9a-f]+,0x[0-9a-f]+}},A,A,A,A,A,A,A,A,A,A,A,A,A,A,A,A]
; CHECK-NEXT: ; fixup A - offset: 0, value: g+4, kind: fixup_valida_imm32
  ret ptr getelementptr (i8, ptr @g, i32 4)
}

define i32 @const() {
; 0x01020304: b..e = 4, 3, 2, 1.
; CHECK-LABEL: const:
; CHECK: imm32 {{-?[0-9]+}}(fp), 4, 3, 2, 1 ; encoding: [0x07,0x00,0x00,0x00,{{0x[0-9a-f]+,0x[0-9a-f]+,0x[0-9a-f]+,0x[0-9a-f]+}},0x04,0x00,0x00,0x00,0x03,0x00,0x00,0x00,0x02,0x00,0x00,0x00,0x01,0x00,0x00,0x00]
; CHECK-NOT: fixup
  ret i32 16909060
}

define void @ret() {
; CHECK-LABEL: ret:
; CHECK: jalv -4(fp), 0(fp), 8(fp) ; encoding: [0x04,0x00,0x00,0x00,0xfc,0xff,0xff,0xff,0x00,0x00,0x00,0x00,0x08,0x00,0x00,0x00,0x00,0x00,0x00,0x00,0x00,0x00,0x00,0x00]
  ret void
}
