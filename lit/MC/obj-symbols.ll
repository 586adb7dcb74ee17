; Symbols: a function's value is its byte offset in .text (a multiple of 24)
; and its size is 24 bytes per instruction; data symbols are byte offsets in
; their section. Basic-block labels do not appear in the symbol table.
; RUN: %llc -O0 -filetype=obj %s -o %t.o
; RUN: %llvm_readelf -s %t.o | %FileCheck %s
; RUN: %llvm_readelf -s %t.o | %FileCheck %s --check-prefix=NEG

; `one` is a single record (the return), so `two` starts at byte 24.
; CHECK-DAG: 00000000 24 FUNC GLOBAL DEFAULT 2 one
; CHECK-DAG: 00000018 {{[0-9]+}} FUNC GLOBAL DEFAULT 2 two
; CHECK-DAG: {{[0-9a-f]+}} {{[0-9]+}} FUNC LOCAL DEFAULT 2 local
; CHECK-DAG: {{[0-9a-f]+}} {{[0-9]+}} FUNC GLOBAL DEFAULT 2 branchy
; CHECK-DAG: 00000000 4 OBJECT GLOBAL DEFAULT {{[0-9]+}} d1
; CHECK-DAG: 00000004 8 OBJECT GLOBAL DEFAULT {{[0-9]+}} d2
; CHECK-DAG: 00000000 0 NOTYPE GLOBAL DEFAULT UND ext
; NEG-NOT: .LBB
; NEG-NOT: .Ltmp
; NEG-NOT: FILE

@d1 = global i32 1
@d2 = global [2 x i32] [i32 2, i32 3]
declare void @ext()

define void @one() {
  ret void
}

define i32 @two() {
  ret i32 7
}

define internal void @local() {
  call void @ext()
  ret void
}

define i32 @branchy(i32 %x) {
entry:
  call void @local()
  %c = icmp eq i32 %x, 0
  br i1 %c, label %a, label %b
a:
  ret i32 1
b:
  ret i32 2
}


; Functions are laid out back to back: each starts where the previous one
; ends (value + size), every size a whole number of records.
; RUN: llvm-nm -n -S %t.o | %FileCheck %s --check-prefix=NM
; NM:      00000000 00000018 T one
; NM:      [[#%.8x,TWO:]] [[#%.8x,TWOSIZE:]] T two
; NM:      [[#%.8x,TWO+TWOSIZE]] [[#%.8x,LOCALSIZE:]] t local
; NM:      [[#%.8x,TWO+TWOSIZE+LOCALSIZE]] {{[0-9a-f]+}} T branchy
