// C corpus: clang-22 riscv32 IR at -O0 and -O2, retargeted to Valida,
// must compile with -verify-machineinstrs.
// RUN: %clang_rv32 -O0 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O0 -o - | %FileCheck %s
// RUN: %clang_rv32 -O2 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O2 -o - | %FileCheck %s
// CHECK-DAG: {{^}}apply:
// CHECK-DAG: {{^}}caller:
// CHECK-DAG: {{^}}callll:
// CHECK-DAG: {{^}}leaf:
// CHECK-DAG: {{^}}ll:
// CHECK-DAG: {{^}}many:
// CHECK-DAG: {{^}}useapply:
// CHECK-DAG: {{^}}usest:

int leaf(int a) { return a * 3; }
int many(int a, int b, int c, int d, int e, int f, int g, int h) { return a + b * c - d + e * f - g + h; }
int caller(int x) { return leaf(x) + many(x, 1, 2, 3, 4, 5, 6, 7) + leaf(leaf(x)); }
long long ll(long long a, int b, long long c) { return a + b + c; }
long long callll(void) { return ll(1LL << 33, 2, 3); }
int apply(int (*f)(int), int x) { return f(x); }
int useapply(void) { return apply(leaf, 4); }
static int st(int x) { return x + 1; }
int usest(int x) { return st(x) * st(x + 1); }
