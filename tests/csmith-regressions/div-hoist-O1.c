#include <stdio.h>
volatile int v;
int g;
int main(void) {
  int s = 0;
  for (int i = 0; i < 3; i++) {
    v = i;
    if (g != 0)
      s += 6 / g;
  }
  printf("%d\n", s);
  return 0;
}
