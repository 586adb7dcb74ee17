// C corpus: clang-22 riscv32 IR at -O0 and -O2, retargeted to Valida,
// must compile with -verify-machineinstrs.
// RUN: %clang_rv32 -O0 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O0 -o - | %FileCheck %s
// RUN: %clang_rv32 -O2 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O2 -o - | %FileCheck %s
// CHECK-DAG: {{^}}add:
// CHECK-DAG: {{^}}band:
// CHECK-DAG: {{^}}bnot:
// CHECK-DAG: {{^}}bor:
// CHECK-DAG: {{^}}bxor:
// CHECK-DAG: {{^}}cmpimm:
// CHECK-DAG: {{^}}eq:
// CHECK-DAG: {{^}}ge:
// CHECK-DAG: {{^}}gt:
// CHECK-DAG: {{^}}le:
// CHECK-DAG: {{^}}lt:
// CHECK-DAG: {{^}}max:
// CHECK-DAG: {{^}}mul:
// CHECK-DAG: {{^}}ne:
// CHECK-DAG: {{^}}neg:
// CHECK-DAG: {{^}}sdiv:
// CHECK-DAG: {{^}}sel:
// CHECK-DAG: {{^}}shl:
// CHECK-DAG: {{^}}shr:
// CHECK-DAG: {{^}}sra:
// CHECK-DAG: {{^}}srem:
// CHECK-DAG: {{^}}sub:
// CHECK-DAG: {{^}}udiv:
// CHECK-DAG: {{^}}ugt:
// CHECK-DAG: {{^}}ult:
// CHECK-DAG: {{^}}urem:

int add(int a, int b) { return a + b; }
int sub(int a, int b) { return a - b; }
int mul(int a, int b) { return a * b; }
int sdiv(int a, int b) { return a / b; }
unsigned udiv(unsigned a, unsigned b) { return a / b; }
int srem(int a, int b) { return a % b; }
unsigned urem(unsigned a, unsigned b) { return a % b; }
int shl(int a, int b) { return a << b; }
int sra(int a, int b) { return a >> b; }
unsigned shr(unsigned a, unsigned b) { return a >> b; }
int band(int a, int b) { return a & b; }
int bor(int a, int b) { return a | b; }
int bxor(int a, int b) { return a ^ b; }
int neg(int a) { return -a; }
int bnot(int a) { return ~a; }
int lt(int a, int b) { return a < b; }
int le(int a, int b) { return a <= b; }
int gt(int a, int b) { return a > b; }
int ge(int a, int b) { return a >= b; }
int ult(unsigned a, unsigned b) { return a < b; }
int ugt(unsigned a, unsigned b) { return a > b; }
int eq(int a, int b) { return a == b; }
int ne(int a, int b) { return a != b; }
int max(int a, int b) { return a > b ? a : b; }
int sel(int c, int a, int b) { return c ? a : b; }
int cmpimm(int a) { return (a > 5) + (a < -3) + (a == 7) + ((unsigned)a >= 100u); }
