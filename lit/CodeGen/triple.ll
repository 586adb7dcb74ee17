; The target registers for LLVM's unknown-architecture slot and creates a
; TargetMachine only for the architecture name `valida` (other unknown
; architectures get no TargetMachine; stock llc does not check for that, so
; the refusal is tested from Rust through the C API).
; RUN: %llc -O0 %s -o - | %FileCheck %s
; RUN: %llc_bare -load=%valida_plugin -mtriple=valida %s -o - | %FileCheck %s

; CHECK: f:
define void @f() {
  ret void
}
