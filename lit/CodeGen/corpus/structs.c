// C corpus: clang-22 riscv32 IR at -O0 and -O2, retargeted to Valida,
// must compile with -verify-machineinstrs.
// RUN: %clang_rv32 -O0 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O0 -o - | %FileCheck %s
// RUN: %clang_rv32 -O2 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O2 -o - | %FileCheck %s
// CHECK-DAG: {{^}}callbig:
// CHECK-DAG: {{^}}callfp:
// CHECK-DAG: {{^}}dot:
// CHECK-DAG: {{^}}fld:
// CHECK-DAG: {{^}}indirect:
// CHECK-DAG: {{^}}usebig:
// CHECK-DAG: {{^}}useg:

struct P { int x, y; };
struct Big { int a[5]; };
struct P mk(int x, int y) { struct P p = {x, y}; return p; }
int dot(struct P a, struct P b) { return a.x*b.x + a.y*b.y; }
struct Big big(int v) { struct Big b; for (int i = 0; i < 5; i++) b.a[i] = v + i; return b; }
int usebig(struct Big b) { return b.a[4]; }
int callbig(void) { struct Big b = big(3); return usebig(b) + dot(mk(1,2), mk(3,4)); }
struct S { char c; short s; int i; long long l; };
long long fld(struct S *s) { return s->c + s->s + s->i + s->l; }
int g; int arr[10]; const char *str = "hello";
int useg(int i) { g += i; arr[i] = g; return str[i] + arr[3]; }
int (*fp)(int, int);
int callfp(int a) { return fp(a, 2); }
int indirect(int (*f)(int), int x) { return f(x) + 1; }
