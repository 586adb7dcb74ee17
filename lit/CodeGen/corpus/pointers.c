// C corpus: clang-22 riscv32 IR at -O0 and -O2, retargeted to Valida,
// must compile with -verify-machineinstrs.
// RUN: %clang_rv32 -O0 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O0 -o - | %FileCheck %s
// RUN: %clang_rv32 -O2 %s -o - | sed -f %S/../Inputs/retarget.sed | %llc -O2 -o - | %FileCheck %s
// CHECK-DAG: {{^}}deref2:
// CHECK-DAG: {{^}}diff:
// CHECK-DAG: {{^}}find:
// CHECK-DAG: {{^}}list_sum:
// CHECK-DAG: {{^}}rev:
// CHECK-DAG: {{^}}swap:

struct node { int v; struct node *next; };
int list_sum(struct node *n) { int s = 0; for (; n; n = n->next) s += n->v; return s; }
void swap(int *a, int *b) { int t = *a; *a = *b; *b = t; }
int *find(int *a, int n, int v) { for (int i = 0; i < n; i++) if (a[i] == v) return &a[i]; return 0; }
long diff(char *a, char *b) { return a - b; }
int deref2(int **pp) { return **pp; }
void rev(char *s, int n) { for (int i = 0, j = n - 1; i < j; i++, j--) { char t = s[i]; s[i] = s[j]; s[j] = t; } }
