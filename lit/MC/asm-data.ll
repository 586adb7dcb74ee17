; Data directives of global variables: only what `valida asm` reads
; (`.byte`, `.word`, `.ascii`, `.asciz`, `.zero`, `.p2align`, `.section`,
; `.data`, `.bss`, `.globl`, `.weak`, `.type`, `.size`). 16-bit values are two
; `.byte`s and 64-bit values two `.word`s, little endian.
; RUN: %llc %s -o - | %FileCheck %s
; RUN: %llc %s -o - | %FileCheck %s --check-prefix=NEG

; CHECK:      .type i8v,@object
; CHECK-NEXT: .data
; CHECK-NEXT: .globl i8v
; CHECK-NEXT: i8v:
; CHECK-NEXT: .byte 255
; CHECK-NEXT: .size i8v, 1
@i8v = global i8 -1

; CHECK:      .p2align 1, 0x0
; CHECK-NEXT: i16v:
; CHECK-NEXT: .byte 52
; CHECK-NEXT: .byte 18
; CHECK-NEXT: .size i16v, 2
@i16v = global i16 4660

; CHECK:      .p2align 2, 0x0
; CHECK-NEXT: i32v:
; CHECK-NEXT: .word 305419896
@i32v = global i32 305419896

; 0x0123456789abcdef: low word first.
; CHECK:      .p2align 3, 0x0
; CHECK-NEXT: i64v:
; CHECK-NEXT: .word 2309737967
; CHECK-NEXT: .word 19088743
; CHECK-NEXT: .size i64v, 8
@i64v = global i64 81985529216486895

; Floating-point constants are their bit patterns (hex for 32-bit).
; CHECK:      fl:
; CHECK-NEXT: .word 0x3fc00000
@fl = global float 1.5
; CHECK:      dbl:
; CHECK-NEXT: .word 0
; CHECK-NEXT: .word 1074003968
@dbl = global double 2.5

; CHECK:      neg:
; CHECK-NEXT: .word 4294967294
@neg = global i32 -2

; CHECK:      .section .rodata,"a",@progbits
; CHECK-NEXT: .globl str
; CHECK-NEXT: str:
; CHECK-NEXT: .asciz "hello"
; CHECK-NEXT: .size str, 6
@str = constant [6 x i8] c"hello\00"

; CHECK:      bytes:
; CHECK-NEXT: .ascii "ab\001"
@bytes = constant [3 x i8] c"ab\01"

; CHECK:      .bss
; CHECK-NEXT: .globl zeros
; CHECK-NEXT: zeros:
; CHECK-NEXT: .zero 16
; CHECK-NEXT: .size zeros, 16
@zeros = global [16 x i8] zeroinitializer

; Addresses in data are symbol words (relocation R_VALIDA_32).
; CHECK:      ptr:
; CHECK-NEXT: .word i32v{{$}}
@ptr = global ptr @i32v
; CHECK:      ptroff:
; CHECK-NEXT: .word i32v+4{{$}}
@ptroff = global ptr getelementptr (i8, ptr @i32v, i32 4)
; CHECK:      fptr:
; CHECK-NEXT: .word f{{$}}
@fptr = global ptr @f

; CHECK:      .section .rodata,"a",@progbits
; CHECK-NEXT: .p2align 2, 0x0
; CHECK-NEXT: arr:
; CHECK-NEXT: .word 1
; CHECK-NEXT: .word 4294967295
@arr = internal constant [2 x i32] [i32 1, i32 -1]

; Struct padding is `.zero`.
; CHECK:      st:
; CHECK-NEXT: .byte 7
; CHECK-NEXT: .zero 3
; CHECK-NEXT: .word 9
@st = global { i8, i32 } { i8 7, i32 9 }

; CHECK:      .weak w
; CHECK-NEXT: .p2align 2, 0x0
; CHECK-NEXT: w:
@w = weak global i32 3

; CHECK:      .p2align 4, 0x0
; CHECK-NEXT: al:
@al = global i32 5, align 16

; A zero-initialised internal variable is a plain .bss definition, not
; `.local` + `.comm`.
; CHECK:      .bss
; CHECK-NEXT: .type loc,@object
; CHECK-NEXT: .p2align 2, 0x0
; CHECK-NEXT: loc:
; CHECK-NEXT: .zero 4
; CHECK-NEXT: .size loc, 4
@loc = internal global i32 0
@useloc = global ptr @loc

declare void @f()

; Nothing that `valida asm` does not know.
; NEG-NOT: .quad
; NEG-NOT: .short
; NEG-NOT: .long
; NEG-NOT: .half
; NEG-NOT: .file
; NEG-NOT: .local
; NEG-NOT: .comm
