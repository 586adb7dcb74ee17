/* setjmp/longjmp out of a recursion, many times: the profile must charge
   what runs after each longjmp to main again. */
#include <setjmp.h>
#include <stdio.h>
#ifndef ROUNDS
#define ROUNDS 200000
#endif
static jmp_buf env;
static volatile unsigned sink;
__attribute__((noinline)) static void dive(unsigned n) {
  if (n == 0)
    longjmp(env, 1);
  dive(n - 1);
  sink++;
}
__attribute__((noinline)) static unsigned work(unsigned n) {
  unsigned s = 0;
  for (unsigned i = 0; i < n; i++)
    s += i ^ sink;
  return s;
}
int main(void) {
  unsigned total = 0;
  for (unsigned r = 0; r < ROUNDS; r++) {
    if (setjmp(env) == 0)
      dive(40);
    total += work(20);
  }
  printf("%u\n", total);
  return 0;
}
