; Printing of the machine instructions behind the target builtins
; (docs/abi.md, "Target builtins"): the public operand-explicit forms.
; RUN: %llc -O0 %s -o - | %FileCheck %s

declare void @__valida_write(i32)
declare i32 @__valida_read_advice()
declare void @__valida_stop()
declare void @__valida_fail()
declare void @__valida_keccakf(ptr)

define void @builtins(ptr %p) {
; CHECK-LABEL: builtins:
; CHECK:      advread [[C:-?[0-9]+]](fp){{$}}
; CHECK-NEXT: write 0, [[C]](fp), 0, 0, 1{{$}}
; CHECK-NEXT: keccakf 0, {{-?[0-9]+}}(fp){{$}}
; CHECK-NEXT: fail{{$}}
; CHECK-NEXT: stop{{$}}
  %c = call i32 @__valida_read_advice()
  call void @__valida_write(i32 %c)
  call void @__valida_keccakf(ptr %p)
  call void @__valida_fail()
  call void @__valida_stop()
  ret void
}
