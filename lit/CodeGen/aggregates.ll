; Aggregates: byval arguments are copied into the callee frame (word by word
; into the argument slots when 4-aligned; the callee
; sees the address of its fixed object); sret pointers are plain first
; arguments; aggregate returns wider than a word are demoted to sret.
; RUN: %llc -O0 %s -o - | %FileCheck %s --check-prefix=O0
; RUN: %llc -O2 %s -o - | %FileCheck %s --check-prefix=O2

%struct.S = type { i32, i32, i32 }

declare void @take_byval(ptr byval(%struct.S) align 4)
declare void @make(ptr sret(%struct.S) align 4, i32)

define i32 @byval_callee(ptr byval(%struct.S) align 4 %s) {
  %p = getelementptr inbounds %struct.S, ptr %s, i32 0, i32 2
  %v = load i32, ptr %p
  ret i32 %v
}

define void @byval_caller(ptr %s) {
  call void @take_byval(ptr byval(%struct.S) align 4 %s)
  ret void
}

define i32 @sret_caller(i32 %x) {
  %tmp = alloca %struct.S
  call void @make(ptr sret(%struct.S) align 4 %tmp, i32 %x)
  %p = getelementptr inbounds %struct.S, ptr %tmp, i32 0, i32 1
  %v = load i32, ptr %p
  ret i32 %v
}

define { i32, i32 } @pair(i32 %a, i32 %b) {
  %1 = insertvalue { i32, i32 } undef, i32 %a, 0
  %2 = insertvalue { i32, i32 } %1, i32 %b, 1
  ret { i32, i32 } %2
}

define i32 @pair_caller() {
  %p = call { i32, i32 } @pair(i32 1, i32 2)
  %x = extractvalue { i32, i32 } %p, 1
  ret i32 %x
}

; ==== generated checks ====
; O0-LABEL: byval_callee:
; O0: loadfp -4(fp), 12
; O0-NEXT: loadfp -8(fp), 20
; O0-NEXT: lw -12(fp), -8(fp)
; O0-NEXT: addi 4(fp), -12(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: byval_caller:
; O0: addi -4(fp), 12(fp), 0
; O0-NEXT: lw -8(fp), -4(fp)
; O0-NEXT: addi -36(fp), -8(fp), 0
; O0-NEXT: addi -12(fp), -4(fp), 8
; O0-NEXT: lw -16(fp), -12(fp)
; O0-NEXT: addi -28(fp), -16(fp), 0
; O0-NEXT: addi -20(fp), -4(fp), 4
; O0-NEXT: lw -24(fp), -20(fp)
; O0-NEXT: addi -32(fp), -24(fp), 0
; O0-NEXT: imm32 -40(fp), 48, 0, 0, 0
; O0-NEXT: jal -48(fp), take_byval, -48
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: sret_caller:
; O0: addi -20(fp), 12(fp), 0
; O0-NEXT: addi -40(fp), -20(fp), 0
; O0-NEXT: loadfp -24(fp), -16
; O0-NEXT: addi -44(fp), -24(fp), 0
; O0-NEXT: imm32 -48(fp), 56, 0, 0, 0
; O0-NEXT: jal -56(fp), make, -56
; O0-NEXT: addi -28(fp), -12(fp), 0
; O0-NEXT: addi 4(fp), -28(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: pair:
; O0: addi -4(fp), 12(fp), 0
; O0-NEXT: addi -8(fp), 20(fp), 0
; O0-NEXT: addi -12(fp), 16(fp), 0
; O0-NEXT: sw -4(fp), -12(fp)
; O0-NEXT: addi -16(fp), -4(fp), 4
; O0-NEXT: sw -16(fp), -8(fp)
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O0-LABEL: pair_caller:
; O0: imm32 -12(fp), 2, 0, 0, 0
; O0-NEXT: addi -28(fp), -12(fp), 0
; O0-NEXT: imm32 -16(fp), 1, 0, 0, 0
; O0-NEXT: addi -32(fp), -16(fp), 0
; O0-NEXT: loadfp -20(fp), -8
; O0-NEXT: addi -36(fp), -20(fp), 0
; O0-NEXT: imm32 -40(fp), 48, 0, 0, 0
; O0-NEXT: jal -48(fp), pair, -48
; O0-NEXT: addi -24(fp), -4(fp), 0
; O0-NEXT: addi 4(fp), -24(fp), 0
; O0-NEXT: jalv -4(fp), 0(fp), 8(fp)

; O2-LABEL: byval_callee:
; O2: loadfp -4(fp), 20
; O2-NEXT: lw 4(fp), -4(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: byval_caller:
; O2: lw -20(fp), 12(fp)
; O2-NEXT: addi -4(fp), 12(fp), 8
; O2-NEXT: lw -12(fp), -4(fp)
; O2-NEXT: addi -4(fp), 12(fp), 4
; O2-NEXT: lw -16(fp), -4(fp)
; O2-NEXT: imm32 -24(fp), 32, 0, 0, 0
; O2-NEXT: jal -32(fp), take_byval, -32
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: sret_caller:
; O2: addi -24(fp), 12(fp), 0
; O2-NEXT: loadfp -28(fp), -16
; O2-NEXT: imm32 -32(fp), 40, 0, 0, 0
; O2-NEXT: jal -40(fp), make, -40
; O2-NEXT: addi 4(fp), -12(fp), 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: pair:
; O2: sw 12(fp), 16(fp)
; O2-NEXT: addi -4(fp), 12(fp), 4
; O2-NEXT: sw -4(fp), 20(fp)
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
; O2-LABEL: pair_caller:
; O2: imm32 -12(fp), 2, 0, 0, 0
; O2-NEXT: imm32 -16(fp), 1, 0, 0, 0
; O2-NEXT: loadfp -20(fp), -8
; O2-NEXT: imm32 -24(fp), 32, 0, 0, 0
; O2-NEXT: jal -32(fp), pair, -32
; O2-NEXT: addi 4(fp), -4(fp), 0
; O2-NEXT: jalv -4(fp), 0(fp), 8(fp)
