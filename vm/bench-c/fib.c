/* Recursive Fibonacci: calls and returns. N = 37: the native run takes
 * ~50 ms, long enough that process start-up does not decide the ratio. */
#include <stdio.h>
#ifndef N
#define N 37
#endif
static unsigned fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
int main(void) {
  printf("fib(%u) = %u\n", N, fib(N));
  return 0;
}
