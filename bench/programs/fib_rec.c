/* Recursive Fibonacci: call-heavy. */
#include <stdio.h>

static unsigned fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
  unsigned sum = 0;
  for (unsigned n = 18; n <= 22; n++)
    sum = sum * 31 + fib(n);
  printf("fib_rec checksum: %08x\n", sum);
  return 0;
}
