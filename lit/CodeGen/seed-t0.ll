; The seed example: an add of two arguments, through instruction selection
; (register forms), the vreg lowering (native frame forms) and the printer.
; RUN: %llc -O0 -stop-after=finalize-isel %s -o - | %FileCheck %s --check-prefix=ISEL
; RUN: %llc -O0 -stop-after=valida-vreg-lowering %s -o - | %FileCheck %s --check-prefix=LOWER
; RUN: %llc -O0 %s -o - | %FileCheck %s --check-prefix=ASM

define i32 @t0(i32 %v0, i32 %v1) {
  %r0 = add i32 %v0, %v1
  ret i32 %r0
}

; ISEL-LABEL: name: t0
; ISEL:      fixedStack:
; ISEL:      - { id: 0, type: default, offset: 4, size: 4
; ISEL:      - { id: 1, type: default, offset: 16, size: 4
; ISEL:      - { id: 2, type: default, offset: 12, size: 4
; ISEL:      body:
; ISEL-DAG:  %[[B:[0-9]+]]:gpr = LWrf %fixed-stack.1
; ISEL-DAG:  %[[A:[0-9]+]]:gpr = LWrf %fixed-stack.2
; ISEL:      %[[R:[0-9]+]]:gpr = ADDrrr %[[A]], %[[B]]
; ISEL-NEXT: SWfr %fixed-stack.0, killed %[[R]]
; ISEL-NEXT: RET

; LOWER-LABEL: name: t0
; LOWER:      stack:
; LOWER:      - { id: 0, name: '', type: default, offset: 0, size: 4
; LOWER:      - { id: 1, name: '', type: default, offset: 0, size: 4
; LOWER:      - { id: 2, name: '', type: default, offset: 0, size: 4
; LOWER:      body:
; LOWER-NEXT: bb.0
; LOWER-NEXT: LWff %stack.0, %fixed-stack.1
; LOWER-NEXT: LWff %stack.1, %fixed-stack.2
; LOWER-NEXT: ADDfff %stack.2, %stack.1, %stack.0
; LOWER-NEXT: SWff %fixed-stack.0, %stack.2
; LOWER-NEXT: RET

; ASM-LABEL: t0:
; ASM:      addi -4(fp), 16(fp), 0
; ASM-NEXT: addi -8(fp), 12(fp), 0
; ASM-NEXT: add -12(fp), -8(fp), -4(fp)
; ASM-NEXT: addi 4(fp), -12(fp), 0
; ASM-NEXT: jalv -4(fp), 0(fp), 8(fp)
