// C corpus: clang-22 riscv32 IR at -O0 and -O2, retargeted to Valida,
// must compile with -verify-machineinstrs.
// RUN: %clang_rv32 -O0 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O0 -o - | %FileCheck %s
// RUN: %clang_rv32 -O2 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O2 -o - | %FileCheck %s
// CHECK-DAG: {{^}}sw:
// CHECK-DAG: {{^}}sw2:

int sw(int x) { switch (x) { case 0: return 10; case 1: return 20; case 2: return 35; case 5: return 7; case 100: return 1; default: return -1; } }
int sw2(int x) { switch (x) { case 1: case 2: case 3: case 4: case 5: case 6: case 7: case 8: return x*3; default: return 0; } }
