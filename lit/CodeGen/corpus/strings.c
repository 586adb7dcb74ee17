// C corpus: clang-22 riscv32 IR at -O0 and -O2, retargeted to Valida,
// must compile with -verify-machineinstrs.
// RUN: %clang_rv32 -O0 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O0 -o - | %FileCheck %s
// RUN: %clang_rv32 -O2 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O2 -o - | %FileCheck %s
// CHECK-DAG: {{^}}atoi2:
// CHECK-DAG: {{^}}greeting:
// CHECK-DAG: {{^}}my_strcmp:
// CHECK-DAG: {{^}}my_strcpy:
// CHECK-DAG: {{^}}my_strlen:
// CHECK-DAG: {{^}}upcase:

int my_strlen(const char *s) { int n = 0; while (s[n]) n++; return n; }
int my_strcmp(const char *a, const char *b) { while (*a && *a == *b) { a++; b++; } return (unsigned char)*a - (unsigned char)*b; }
char *my_strcpy(char *d, const char *s) { char *r = d; while ((*d++ = *s++)); return r; }
int atoi2(const char *s) { int n = 0, neg = 0; if (*s == '-') { neg = 1; s++; } while (*s >= '0' && *s <= '9') n = n * 10 + (*s++ - '0'); return neg ? -n : n; }
void upcase(char *s) { for (; *s; s++) if (*s >= 'a' && *s <= 'z') *s -= 32; }
const char *greeting(void) { return "hello, world"; }
