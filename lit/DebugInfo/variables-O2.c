int sink(int);
int loop(int n) {
  int total = 0;
  for (int i = 0; i < n; i++) {
    int sq = i * i;
    total += sink(sq);
  }
  return total;
}

// The code stays on lines 1-9.
//
// Variable locations at -O2: the slot passes turn each DBG_VALUE of a
// virtual register into a location in that register's frame slot
// (DW_OP_breg0 = fp + offset), next to LLVM's constant locations.
// RUN: %clang_rv32 -g -O2 %s -o - | sed -f %S/../CodeGen/Inputs/retarget.sed | %llc -O2 -filetype=obj -o %t.o
// RUN: %llvm_dwarfdump --debug-info %t.o 2>/dev/null | %FileCheck %s
// RUN: %clang_rv32 -g -O2 %s -o - | sed -f %S/../CodeGen/Inputs/retarget.sed | %llc -O2 -o - | %FileCheck %s --check-prefix=ASM

// CHECK: DW_TAG_subprogram
// CHECK: DW_AT_frame_base (DW_OP_reg0)
// CHECK: DW_AT_name ("loop")
// CHECK: DW_TAG_formal_parameter
// CHECK-NEXT: DW_AT_location (DW_OP_fbreg +12)
// CHECK-NEXT: DW_AT_name ("n")
// CHECK: DW_TAG_variable
// CHECK-NEXT: DW_AT_location (indexed (0x0) loclist
// CHECK-NEXT: DW_OP_consts +0, DW_OP_stack_value
// CHECK-NEXT: DW_OP_breg0 -4
// CHECK: DW_AT_name ("total")
// CHECK: DW_TAG_variable
// CHECK-NEXT: DW_AT_location (indexed (0x1) loclist
// CHECK-NEXT: DW_OP_consts +0, DW_OP_stack_value
// CHECK-NEXT: DW_OP_breg0 -8
// CHECK: DW_AT_name ("i")

// The loop body reads i from the slot its location names.
// ASM: ;DEBUG_VALUE: i <- [DW_OP_constu 8, DW_OP_minus] [$fp+0]
// ASM: mul -12(fp), -8(fp), -8(fp)
