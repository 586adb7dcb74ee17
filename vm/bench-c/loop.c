/* Counting loop: one multiply-add per iteration (no closed form, so
   neither compiler can remove the loop). */
#include <stdio.h>
#ifndef N
#define N 400000000u
#endif
int main(void) {
  unsigned s = 0;
  for (unsigned i = 0; i < N; i++)
    s = s * 31 + i;
  printf("loop: %08x\n", s);
  return 0;
}
