/* Copies structs and strings: struct assignment, byval argument, memcpy of a
 * run-time size, strcpy, memmove, memset. */
#include <stdio.h>
#include <string.h>

struct rec { int id; char name[12]; int score[3]; };

static int total(struct rec r) { return r.id + r.score[0] + r.score[1] + r.score[2]; }

int main(void) {
  struct rec a = {7, "alice", {1, 2, 3}}, b;
  b = a;
  b.id = 8;
  strcpy(b.name, "bob");
  char buf[32];
  size_t n = strlen(a.name);
  memcpy(buf, a.name, n + 1);
  memmove(buf + 1, buf, n + 1);
  memset(buf, '>', 1);
  fputs(buf, stdout);
  putchar(' ');
  fputs(b.name, stdout);
  putchar(' ');
  putchar('0' + total(b) % 10);
  putchar('\n');
  return 0;
}
