/* Recursive Fibonacci: calls and returns. */
#include <stdio.h>
#ifndef N
#define N 32
#endif
static unsigned fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int main(void) {
  printf("fib(%u) = %u\n", N, fib(N));
  return 0;
}
