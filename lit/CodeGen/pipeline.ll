; The Valida passes and their place in the pipeline: IR preparation, the
; folder after the SSA optimisations, then the vreg lowering (-O0) or the
; slot allocator (-O1+) where register allocation would run, then the slot
; peepholes (-O1+) before frame finalisation.
; RUN: %llc -O0 -debug-pass=Structure %s -o /dev/null 2>&1 | %FileCheck %s --check-prefix=O0
; RUN: %llc -O2 -debug-pass=Structure %s -o /dev/null 2>&1 | %FileCheck %s --check-prefix=O2

; O0: Lower atomic intrinsics
; O0: Valida alloca area
; O0: Valida DAG->DAG Pattern Instruction Selection
; O0-NOT: Valida delete masks that clear no bit
; O0-NOT: Valida operand folding
; O0: Eliminate PHI nodes for register allocation
; O0: Valida virtual register lowering
; O0-NOT: Valida linear-scan stack slot allocation
; O0-NOT: Valida slot copy propagation
; O0-NOT: Valida call distance reuse
; O0: Prologue/Epilogue Insertion & Frame Finalization
; O0: Post-RA pseudo instruction expansion pass
; O0: Valida Assembly Printer

; O2: Lower atomic intrinsics
; O2: Valida alloca area
; O2: Valida DAG->DAG Pattern Instruction Selection
; O2: Valida delete masks that clear no bit
; O2: Valida operand folding
; O2: Eliminate PHI nodes for register allocation
; O2: Register Coalescer
; O2: Valida linear-scan stack slot allocation
; O2-NOT: Valida virtual register lowering
; O2: Valida slot copy propagation
; O2: Valida call distance reuse
; O2: Prologue/Epilogue Insertion & Frame Finalization
; O2: Post-RA pseudo instruction expansion pass
; O2: Valida Assembly Printer

define void @f() {
  ret void
}
