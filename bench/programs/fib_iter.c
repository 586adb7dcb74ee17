/* Iterative Fibonacci modulo 2^32: a tight loop. */
#include <stdio.h>

static unsigned fib(unsigned n) {
  unsigned a = 0, b = 1;
  for (unsigned i = 0; i < n; i++) {
    unsigned t = a + b;
    a = b;
    b = t;
  }
  return a;
}

int main(void) {
  unsigned sum = 0;
  for (unsigned n = 0; n < 600; n++)
    sum ^= fib(n) + n;
  printf("fib_iter checksum: %08x\n", sum);
  return 0;
}
