// Profiles on compiled code equal the interpreted ones: calls and returns,
// recursion (direct, mutual, through pointers), longjmp out of recursion,
// loops, and with input `t` a trap in the middle of a block.
#include <setjmp.h>
#include <stdio.h>
#include <valida.h>

static jmp_buf env;
static volatile int sink = 1;
static int *volatile nowhere;

__attribute__((noinline)) int odd(int n);
__attribute__((noinline)) int even(int n) { return n == 0 ? 1 : odd(n - 1); }
__attribute__((noinline)) int odd(int n) { return n == 0 ? 0 : even(n - 1); }

__attribute__((noinline)) int square(int x) { return x * x; }
__attribute__((noinline)) int twice(int x) { return x + x; }
static int (*volatile ops[2])(int) = {square, twice};

// Recursion whose every level also calls through a pointer.
__attribute__((noinline)) int apply(int n) {
  if (n == 0)
    return 0;
  return ops[n & 1](n) + apply(n - 1);
}

__attribute__((noinline)) void dive(int n, int mode) {
  if (n == 0) {
    if (mode == 't')
      sink += *nowhere;
    longjmp(env, 1);
  }
  dive(n - 1, mode);
  sink++;
}

__attribute__((noinline)) int sum(int n) {
  int s = 0;
  for (int i = 0; i < n; i++)
    s += i * sink;
  return s;
}

int main(void) {
  int mode = __valida_read_advice();
  int total = 0;
  for (int r = 0; r < 3; r++) {
    total += even(25 + r) + apply(30);
    if (setjmp(env) == 0)
      dive(20 + r, mode);
    total += sum(100);
  }
  printf("%d\n", total);
  return 0;
}
