; Printing of the memory forms:
;   `lw a(fp), c(fp)`       LOAD32   (b = 0)
;   `sw b(fp), c(fp)`       STORE32  (a = 0): [[b]] = [c]
;   `loadu8`/`loads8` like lw, `storeu8` like sw
;   `loadfp a(fp), imm`     [a] = fp + imm
; RUN: %llc -O0 %s -o - | %FileCheck %s

define i32 @load32(ptr %p) {
; CHECK-LABEL: load32:
; CHECK: lw {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp){{$}}
  %v = load i32, ptr %p
  ret i32 %v
}

define void @store32(ptr %p, i32 %v) {
; CHECK-LABEL: store32:
; CHECK: sw {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp){{$}}
  store i32 %v, ptr %p
  ret void
}

define i32 @loadu8(ptr %p) {
; CHECK-LABEL: loadu8:
; CHECK: loadu8 {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp){{$}}
  %b = load i8, ptr %p
  %v = zext i8 %b to i32
  ret i32 %v
}

define i32 @loads8(ptr %p) {
; CHECK-LABEL: loads8:
; CHECK: loads8 {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp){{$}}
  %b = load i8, ptr %p
  %v = sext i8 %b to i32
  ret i32 %v
}

define void @storeu8(ptr %p, i8 %v) {
; CHECK-LABEL: storeu8:
; CHECK: storeu8 {{-?[0-9]+}}(fp), {{-?[0-9]+}}(fp){{$}}
  store i8 %v, ptr %p
  ret void
}

define ptr @loadfp() {
; The address of a local is fp plus its (negative) offset.
; CHECK-LABEL: loadfp:
; CHECK: loadfp {{-?[0-9]+}}(fp), -{{[0-9]+}}{{$}}
  %a = alloca i32
  store volatile i32 1, ptr %a
  ret ptr %a
}
