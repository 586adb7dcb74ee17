/* Calls through function pointers, three targets from one call site. */
#include <stdio.h>
#ifndef N
#define N 20000000u
#endif
static volatile unsigned sink;
__attribute__((noinline)) static unsigned f(unsigned x) { return x * 3 + sink; }
__attribute__((noinline)) static unsigned g(unsigned x) { return x ^ sink; }
__attribute__((noinline)) static unsigned h(unsigned x) { return x - sink; }
static unsigned (*volatile ops[3])(unsigned) = {f, g, h};
int main(void) {
  unsigned t = 0;
  for (unsigned i = 0; i < N; i++)
    t += ops[i % 3](i);
  printf("%u\n", t);
  return 0;
}
