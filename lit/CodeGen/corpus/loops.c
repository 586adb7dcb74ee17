// C corpus: clang-22 riscv32 IR at -O0 and -O2, retargeted to Valida,
// must compile with -verify-machineinstrs.
// RUN: %clang_rv32 -O0 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O0 -o - | %FileCheck %s
// RUN: %clang_rv32 -O2 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O2 -o - | %FileCheck %s
// CHECK-DAG: {{^}}bubble:
// CHECK-DAG: {{^}}fib:
// CHECK-DAG: {{^}}fibi:
// CHECK-DAG: {{^}}memset2:
// CHECK-DAG: {{^}}sc:
// CHECK-DAG: {{^}}setsh:
// CHECK-DAG: {{^}}sh:
// CHECK-DAG: {{^}}strlen2:
// CHECK-DAG: {{^}}sum:
// CHECK-DAG: {{^}}uc:
// CHECK-DAG: {{^}}ush:

int sum(int *a, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i]; return s; }
int fib(int n) { return n < 2 ? n : fib(n-1) + fib(n-2); }
int fibi(int n) { int a = 0, b = 1; while (n--) { int t = a + b; a = b; b = t; } return a; }
void bubble(int *a, int n) { for (int i = 0; i < n; i++) for (int j = 0; j + 1 < n - i; j++) if (a[j] > a[j+1]) { int t = a[j]; a[j] = a[j+1]; a[j+1] = t; } }
int strlen2(const char *s) { int n = 0; while (*s++) n++; return n; }
void memset2(char *p, char c, int n) { for (int i = 0; i < n; i++) p[i] = c; }
short sh(short *p) { return p[1]; }
unsigned short ush(unsigned short *p) { return p[1]; }
void setsh(short *p, short v) { p[3] = v; }
signed char sc(signed char *p) { return p[2]; }
unsigned char uc(unsigned char *p) { return p[2]; }
