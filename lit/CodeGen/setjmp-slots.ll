; A function that calls setjmp (returns_twice) gets no slot sharing in
; valida-slot-alloc: setjmp's second return (from longjmp) is an edge the
; CFG lacks, so a value live across setjmp must keep its slot to itself.
; The same function calling an ordinary function shares the slot.
; RUN: %llc -O2 %s -o - | %FileCheck %s

declare i32 @setjmp(ptr) returns_twice
declare i32 @plain(ptr)
declare void @use(i32)
declare i32 @compute(i32)

; CHECK-LABEL: across_setjmp:
; CHECK: jal [[RA:-[0-9]+]](fp), compute,
; CHECK-NEXT: addi [[X:-[0-9]+]](fp), {{-[0-9]+}}(fp), 0
; CHECK: jal {{-[0-9]+}}(fp), setjmp,
; CHECK: addi 4(fp), [[X]](fp), 0
; CHECK-NOT: addi [[X]](fp), 16(fp), 7
; CHECK: jal {{-[0-9]+}}(fp), use,
define i32 @across_setjmp(ptr %buf, i32 %a, i32 %b) {
  %x = call i32 @compute(i32 %b)
  %r = call i32 @setjmp(ptr %buf)
  %z = icmp eq i32 %r, 0
  br i1 %z, label %first, label %second
first:
  %y = add i32 %a, 7
  call void @use(i32 %y)
  call void @use(i32 %y)
  ret i32 0
second:
  ret i32 %x
}

; CHECK-LABEL: across_plain:
; CHECK: jal {{-[0-9]+}}(fp), compute,
; CHECK-NEXT: addi [[P:-[0-9]+]](fp), {{-[0-9]+}}(fp), 0
; CHECK: jal {{-[0-9]+}}(fp), plain,
; CHECK: addi 4(fp), [[P]](fp), 0
; CHECK: addi [[P]](fp), 16(fp), 7
define i32 @across_plain(ptr %buf, i32 %a, i32 %b) {
  %x = call i32 @compute(i32 %b)
  %r = call i32 @plain(ptr %buf)
  %z = icmp eq i32 %r, 0
  br i1 %z, label %first, label %second
first:
  %y = add i32 %a, 7
  call void @use(i32 %y)
  call void @use(i32 %y)
  ret i32 0
second:
  ret i32 %x
}
