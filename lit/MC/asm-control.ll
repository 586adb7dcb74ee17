; Printing of control flow:
;   `beq L, b(fp), c(fp)`, `bne ...`, `beqi L, b(fp), imm`, `bnei ...`
;   unconditional branch `beq L, 0(fp), 0(fp)`
;   `jal a(fp), callee, imm`, `jalv a(fp), b(fp), c(fp)`
;   return `jalv -4(fp), 0(fp), 8(fp)`
; Branch targets are labels (`.LBB…`), call targets function names.
; RUN: %llc -O0 %s -o - | %FileCheck %s

declare i32 @callee(i32)

define i32 @branches(i32 %x, i32 %y) {
; CHECK-LABEL: branches:
; CHECK:      bne [[B:\.LBB[0-9]+_[0-9]+]], {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp){{$}}
; CHECK:      beq [[A:\.LBB[0-9]+_[0-9]+]], 0(fp), 0(fp){{$}}
; CHECK-NEXT: [[A]]:
; CHECK-NEXT: beqi [[D:\.LBB[0-9]+_[0-9]+]], {{-?[0-9]+}}(fp), 7{{$}}
; CHECK:      [[B]]:
; CHECK:      bnei {{\.LBB[0-9]+_[0-9]+}}, {{-?[0-9]+}}(fp), 9{{$}}
; CHECK:      [[D]]:
entry:
  %c = icmp eq i32 %x, %y
  br i1 %c, label %a, label %b
a:
  %c2 = icmp ne i32 %x, 7
  br i1 %c2, label %b, label %d
b:
  %c3 = icmp eq i32 %y, 9
  br i1 %c3, label %d, label %e
d:
  br label %e
e:
  %r = phi i32 [1, %b], [2, %d]
  ret i32 %r
}

define i32 @direct_call(i32 %x) {
; CHECK-LABEL: direct_call:
; CHECK: jal -[[N:[0-9]+]](fp), callee, -[[N]]{{$}}
  %r = call i32 @callee(i32 %x)
  ret i32 %r
}

define i32 @indirect_call(ptr %f) {
; CHECK-LABEL: indirect_call:
; CHECK: jalv {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp){{$}}
  %r = call i32 %f(i32 3)
  ret i32 %r
}

define void @ret() {
; CHECK-LABEL: ret:
; CHECK-NEXT: ; %bb.0:
; CHECK-NEXT: jalv -4(fp), 0(fp), 8(fp){{$}}
; CHECK-NEXT: .Lfunc_end
  ret void
}
