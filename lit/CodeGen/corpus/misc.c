// C corpus: clang-22 riscv32 IR at -O0 and -O2, retargeted to Valida,
// must compile with -verify-machineinstrs.
// RUN: %clang_rv32 -O0 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O0 -o - | %FileCheck %s
// RUN: %clang_rv32 -O2 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O2 -o - | %FileCheck %s
// CHECK-DAG: {{^}}abort2:
// CHECK-DAG: {{^}}bits:
// CHECK-DAG: {{^}}bswap:
// CHECK-DAG: {{^}}cp:
// CHECK-DAG: {{^}}cpn:
// CHECK-DAG: {{^}}fa:
// CHECK-DAG: {{^}}getc2:
// CHECK-DAG: {{^}}halt:
// CHECK-DAG: {{^}}localarr:
// CHECK-DAG: {{^}}putc2:
// CHECK-DAG: {{^}}ra:
// CHECK-DAG: {{^}}trap:
// CHECK-DAG: {{^}}vla:

void *fa(void) { return __builtin_frame_address(0); }
void *ra(void) { return __builtin_return_address(0); }
void __valida_write(int); int __valida_read_advice(void); void __valida_stop(void); void __valida_fail(void);
void putc2(int c) { __valida_write(c); }
int getc2(void) { return __valida_read_advice(); }
void halt(void) { __valida_stop(); }
void abort2(void) { __valida_fail(); }
void cp(int *d, int *s) { __builtin_memcpy(d, s, 64); }
void cpn(char *d, char *s, int n) { __builtin_memcpy(d, s, n); __builtin_memset(d, 0, n); __builtin_memmove(d, s, n); }
int vla(int n) { int a[n]; for (int i = 0; i < n; i++) a[i] = i; return a[n-1]; }
int bits(unsigned x) { return __builtin_popcount(x) + __builtin_clz(x|1) + __builtin_ctz(x|1); }
unsigned bswap(unsigned x) { return __builtin_bswap32(x); }
int localarr(int i) { int a[8]; for (int j = 0; j < 8; j++) a[j] = j*j; return a[i & 7]; }
void trap(void) { __builtin_trap(); }
