; valida-slot-alloc (-O1+): virtual registers whose live intervals do not
; overlap share a stack slot; overlapping ones get different slots.
; Folding and argument homing are off here to keep the registers of the seed
; example (arg-homing.ll tests the homing).
; RUN: %llc -O2 -valida-disable-fold-operands -valida-disable-arg-homing -stop-after=valida-slot-alloc %s -o - | %FileCheck %s
; RUN: %llc -O2 -valida-disable-fold-operands -valida-disable-arg-homing -valida-disable-slot-sharing -stop-after=valida-slot-alloc %s -o - | %FileCheck %s --check-prefix=NOSHARE

; Seed: %0 and %1 die where %2 is born: 2 slots instead of 3.
; CHECK-LABEL: name: t0
; CHECK: stack:
; CHECK-NEXT: - { id: 0,
; CHECK: - { id: 1,
; CHECK-NOT: - { id: 2,
; CHECK: body:
; CHECK: LWff %stack.[[X:[0-9]]], %fixed-stack.{{[0-9]}}
; CHECK-NEXT: LWff %stack.[[Y:[0-9]]], %fixed-stack.{{[0-9]}}
; CHECK-NEXT: ADDfff %stack.[[X]], %stack.{{[01]}}, %stack.{{[01]}}
; CHECK-NEXT: SWff %fixed-stack.{{[0-9]}}, %stack.[[X]]
; NOSHARE-LABEL: name: t0
; NOSHARE: - { id: 2,
define i32 @t0(i32 %v0, i32 %v1) {
  %r0 = add i32 %v0, %v1
  ret i32 %r0
}

; While %c is computed, %a and %b are both still live: the three get
; different slots (and only three are needed for the whole function).
; CHECK-LABEL: name: overlap
; CHECK: - { id: 2,
; CHECK-NOT: - { id: 3,
; CHECK: body:
; CHECK: MULfff %stack.[[A:[0-9]]], %stack.{{[0-9]}}, %stack.{{[0-9]}}
; CHECK-NEXT: ADDffi %stack.[[B:[0-9]]], %stack.[[A]], 1
; CHECK-NEXT: ADDffi %stack.[[C:[0-9]]], %stack.[[A]], 2
; CHECK-NOT: %stack.[[A]], %stack.[[A]], 2
; CHECK-NEXT: MULfff %stack.{{[0-9]}}, %stack.[[B]], %stack.[[C]]
define i32 @overlap(i32 %x) {
  %a = mul i32 %x, %x
  %b = add i32 %a, 1
  %c = add i32 %a, 2
  %m = mul i32 %b, %c
  %d = sub i32 %m, %a
  ret i32 %d
}
