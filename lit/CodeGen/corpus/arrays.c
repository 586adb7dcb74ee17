// C corpus: clang-22 riscv32 IR at -O0 and -O2, retargeted to Valida,
// must compile with -verify-machineinstrs.
// RUN: %clang_rv32 -O0 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O0 -o - | %FileCheck %s
// RUN: %clang_rv32 -O2 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O2 -o - | %FileCheck %s
// CHECK-DAG: {{^}}crc32:
// CHECK-DAG: {{^}}matmul:
// CHECK-DAG: {{^}}sieve:

int m[4][4];
void matmul(int a[4][4], int b[4][4], int c[4][4]) {
  for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) { int s = 0; for (int k = 0; k < 4; k++) s += a[i][k] * b[k][j]; c[i][j] = s; }
}
int sieve(int n) { char p[100]; int c = 0; for (int i = 0; i < 100; i++) p[i] = 1; for (int i = 2; i < n && i < 100; i++) if (p[i]) { c++; for (int j = i * i; j < 100; j += i) p[j] = 0; } return c; }
unsigned crc32(const unsigned char *d, int n) { unsigned c = ~0u; for (int i = 0; i < n; i++) { c ^= d[i]; for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & -(c & 1)); } return ~c; }
short hist[16]; void count(const unsigned char *d, int n) { for (int i = 0; i < n; i++) hist[d[i] & 15]++; }
