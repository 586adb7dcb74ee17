; Addresses stored in data words (pointers, function pointers, tables,
; .init_array) get R_VALIDA_32 (type 1) at the word; the word is 0 in the
; object and the addend holds the offset. A difference of two symbols of one
; section is folded by the assembler and needs no relocation.
; RUN: %llc -filetype=obj %s -o %t.o
; RUN: %llvm_readelf -r -s -x .data -x .rodata -x .init_array %t.o | %FileCheck %s

; CHECK:      Relocation section '.rela.data' at offset {{.*}} contains 5 entries:
; CHECK-NEXT: Offset Info Type Sym. Value Symbol's Name + Addend
; CHECK-NEXT: 0000000c {{[0-9a-f]+}}01 {{.*}} x + 0
; CHECK-NEXT: 00000010 {{[0-9a-f]+}}01 {{.*}} x + 4
; CHECK-NEXT: 00000014 {{[0-9a-f]+}}01 {{.*}} .data + 8
; CHECK-NEXT: 00000018 {{[0-9a-f]+}}01 {{.*}} ext + 0
; CHECK-NEXT: 0000001c {{[0-9a-f]+}}01 {{.*}} f + 0
; CHECK:      Relocation section '.rela.rodata' at offset {{.*}} contains 2 entries:
; CHECK-NEXT: Offset Info Type Sym. Value Symbol's Name + Addend
; CHECK-NEXT: 00000000 {{[0-9a-f]+}}01 {{.*}} f + 0
; CHECK-NEXT: 00000004 {{[0-9a-f]+}}01 {{.*}} g + 0
; CHECK:      Relocation section '.rela.init_array' at offset {{.*}} contains 1 entries:
; CHECK-NEXT: Offset Info Type Sym. Value Symbol's Name + Addend
; CHECK-NEXT: 00000000 {{[0-9a-f]+}}01 {{.*}} g + 0

; CHECK: 00000008 4 OBJECT LOCAL DEFAULT 3 y
; CHECK: 00000018 24 FUNC GLOBAL DEFAULT 2 g

; x = {1, 2}, y = 3, then five relocated words left 0, then diff = 4.
; CHECK:      Hex dump of section '.data':
; CHECK-NEXT: 0x00000000 01000000 02000000 03000000 00000000
; CHECK-NEXT: 0x00000010 00000000 00000000 00000000 00000000
; CHECK-NEXT: 0x00000020 04000000
; CHECK:      Hex dump of section '.rodata':
; CHECK-NEXT: 0x00000000 00000000 00000000
; CHECK:      Hex dump of section '.init_array':
; CHECK-NEXT: 0x00000000 00000000

@x = global [2 x i32] [i32 1, i32 2]
@y = internal global i32 3
@ext = external global i32
@p = global ptr @x
@poff = global ptr getelementptr (i8, ptr @x, i32 4)
@pstatic = global ptr @y
@pext = global ptr @ext
@fp = global ptr @f
@table = constant [2 x ptr] [ptr @f, ptr @g]
@diff = global i32 sub (i32 ptrtoint (ptr getelementptr (i8, ptr @x, i32 4) to i32), i32 ptrtoint (ptr @x to i32))
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @g, ptr null }]

define void @f() {
  ret void
}

define void @g() {
  ret void
}
