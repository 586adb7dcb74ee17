; ELF header and sections of a Valida relocatable object
; (docs/object-format.md): ELF32 little endian, ET_REL, e_machine 0x3E7,
; SHT_RELA relocation sections, no .comment/.note sections.
; RUN: %llc -filetype=obj %s -o %t.o
; RUN: %llvm_readelf -h -S %t.o | %FileCheck %s
; RUN: %llvm_readelf -S %t.o | %FileCheck %s --check-prefix=NEG

; CHECK:      Class: ELF32
; CHECK-NEXT: Data: 2's complement, little endian
; CHECK:      OS/ABI: UNIX - System V
; CHECK:      Type: REL (Relocatable file)
; CHECK-NEXT: Machine: 3e7
; CHECK:      Entry point address: 0x0
; CHECK:      Flags: 0x0

; CHECK: .text            PROGBITS {{[0-9a-f]+ [0-9a-f]+ [0-9a-f]+}} 00 AX
; CHECK: .rela.text       RELA     {{[0-9a-f]+ [0-9a-f]+ [0-9a-f]+}} 0c I
; CHECK: .data            PROGBITS {{[0-9a-f]+ [0-9a-f]+}} 000004 00 WA
; CHECK: .bss             NOBITS   {{[0-9a-f]+ [0-9a-f]+}} 000004 00 WA
; CHECK: .rodata          PROGBITS {{[0-9a-f]+ [0-9a-f]+}} 000004 00 A
; CHECK: .rodata.str1.1   PROGBITS {{[0-9a-f]+ [0-9a-f]+}} 000003 01 AMS
; CHECK: .init_array      INIT_ARRAY {{[0-9a-f]+ [0-9a-f]+}} 000004 00 WA
; CHECK: .rela.init_array RELA
; CHECK: .symtab          SYMTAB

; NEG-NOT: .rel.
; NEG-NOT: .comment
; NEG-NOT: .note
; NEG-NOT: .debug

@d = global i32 1
@b = global i32 0
@r = constant i32 7
@s = private unnamed_addr constant [3 x i8] c"hi\00"
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @f, ptr null }]


define void @f() {
  ret void
}

define ptr @g() {
  ret ptr @s
}
