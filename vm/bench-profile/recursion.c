/* Deep recursion, many times: every level is a call and a return, and the
   profile folds the recursion into one frame. */
#include <stdio.h>
#ifndef DEPTH
#define DEPTH 20000
#endif
#ifndef ROUNDS
#define ROUNDS 300
#endif
static volatile unsigned sink;
__attribute__((noinline)) static unsigned down(unsigned n) {
  if (n == 0)
    return 0;
  unsigned r = down(n - 1);
  sink += r; /* after the call: no tail recursion to turn into a loop */
  return r + 1;
}
int main(void) {
  unsigned total = 0;
  for (unsigned r = 0; r < ROUNDS; r++)
    total += down(DEPTH);
  printf("%u\n", total);
  return 0;
}
