// C corpus: clang-22 riscv32 IR at -O0 and -O2, retargeted to Valida,
// must compile with -verify-machineinstrs.
// RUN: %clang_rv32 -O0 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O0 -o - | %FileCheck %s
// RUN: %clang_rv32 -O2 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O2 -o - | %FileCheck %s
// CHECK-DAG: {{^}}add64:
// CHECK-DAG: {{^}}div64:
// CHECK-DAG: {{^}}dmul:
// CHECK-DAG: {{^}}eq64:
// CHECK-DAG: {{^}}f2i:
// CHECK-DAG: {{^}}fadd:
// CHECK-DAG: {{^}}fcmp:
// CHECK-DAG: {{^}}i2d:
// CHECK-DAG: {{^}}lt64:
// CHECK-DAG: {{^}}mul64:
// CHECK-DAG: {{^}}mulh:
// CHECK-DAG: {{^}}rem64:
// CHECK-DAG: {{^}}sext:
// CHECK-DAG: {{^}}shl64:
// CHECK-DAG: {{^}}shl64c:
// CHECK-DAG: {{^}}shr64:
// CHECK-DAG: {{^}}sra64:
// CHECK-DAG: {{^}}sub64:
// CHECK-DAG: {{^}}udiv64:
// CHECK-DAG: {{^}}ult64:
// CHECK-DAG: {{^}}urem64:
// CHECK-DAG: {{^}}zext:

long long add64(long long a, long long b) { return a + b; }
long long sub64(long long a, long long b) { return a - b; }
long long mul64(long long a, long long b) { return a * b; }
long long div64(long long a, long long b) { return a / b; }
unsigned long long udiv64(unsigned long long a, unsigned long long b) { return a / b; }
long long rem64(long long a, long long b) { return a % b; }
unsigned long long urem64(unsigned long long a, unsigned long long b) { return a % b; }
long long shl64(long long a, int b) { return a << b; }
long long sra64(long long a, int b) { return a >> b; }
unsigned long long shr64(unsigned long long a, int b) { return a >> b; }
int lt64(long long a, long long b) { return a < b; }
int ult64(unsigned long long a, unsigned long long b) { return a < b; }
int eq64(long long a, long long b) { return a == b; }
long long sext(int a) { return a; }
unsigned long long zext(unsigned a) { return a; }
long long shl64c(long long a) { return a << 5; }
unsigned long long mulh(unsigned a, unsigned b) { return (unsigned long long)a * b; }
float fadd(float a, float b) { return a + b; }
double dmul(double a, double b) { return a * b; }
int f2i(float f) { return (int)f; }
double i2d(int i) { return i; }
int fcmp(double a, double b) { return a < b; }
