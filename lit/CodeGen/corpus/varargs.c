// C corpus: clang-22 riscv32 IR at -O0 and -O2, retargeted to Valida,
// must compile with -verify-machineinstrs.
// RUN: %clang_rv32 -O0 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O0 -o - | %FileCheck %s
// RUN: %clang_rv32 -O2 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O2 -o - | %FileCheck %s
// CHECK-DAG: {{^}}callv:
// CHECK-DAG: {{^}}vcopy:
// CHECK-DAG: {{^}}vd:
// CHECK-DAG: {{^}}vll:
// CHECK-DAG: {{^}}vsum:

#include <stdarg.h>
int vsum(int n, ...) { va_list ap; va_start(ap, n); int s = 0; for (int i = 0; i < n; i++) s += va_arg(ap, int); va_end(ap); return s; }
long long vll(int n, ...) { va_list ap; va_start(ap, n); long long s = 0; for (int i = 0; i < n; i++) s += va_arg(ap, long long); va_end(ap); return s; }
double vd(int n, ...) { va_list ap; va_start(ap, n); double s = 0; for (int i = 0; i < n; i++) s += va_arg(ap, double); va_end(ap); return s; }
int callv(void) { return vsum(3, 1, 2, 3) + (int)vll(2, 1LL, 2LL) + (int)vd(1, 2.5); }
void vcopy(int n, ...) { va_list a, b; va_start(a, n); va_copy(b, a); va_end(b); va_end(a); }
