// C corpus: clang-22 riscv32 IR at -O0 and -O2, retargeted to Valida,
// must compile with -verify-machineinstrs.
// RUN: %clang_rv32 -O0 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O0 -o - | %FileCheck %s
// RUN: %clang_rv32 -O2 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O2 -o - | %FileCheck %s
// CHECK-DAG: {{^}}d2f:
// CHECK-DAG: {{^}}ddiv:
// CHECK-DAG: {{^}}dmul:
// CHECK-DAG: {{^}}f2i:
// CHECK-DAG: {{^}}fadd:
// CHECK-DAG: {{^}}fcmp:
// CHECK-DAG: {{^}}i2d:
// CHECK-DAG: {{^}}poly:

float fadd(float a, float b) { return a + b; }
double dmul(double a, double b) { return a * b; }
double ddiv(double a, double b) { return a / b; }
int f2i(float f) { return (int)f; }
double i2d(int i) { return i; }
float d2f(double d) { return (float)d; }
int fcmp(double a, double b) { return a < b; }
double poly(double x) { return ((x * 2.0 + 1.5) * x - 3.25) * x; }
