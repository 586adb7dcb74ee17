// Stepped by the debugger tests (tests/debugger.rs): a struct array,
// pointers, a char, a global and a call to step into.
#include <stdio.h>
struct point { int x; int y; };
int counter = 5;
static int square(int v) {
  int r = v * v;
  return r;
}
int sum(struct point *p, int n) {
  int total = 0;
  for (int i = 0; i < n; i++) {
    total += square(p[i].x) + p[i].y;
  }
  counter = total;
  return total;
}
int main(void) {
  struct point pts[3] = {{1, 2}, {3, 4}, {5, 6}};
  char c = 'A';
  int s = sum(pts, 3);
  printf("%d %c\n", s, c);
  return 0;
}
