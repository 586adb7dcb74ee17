// Failure reports: `./crash MODE` is not possible (no argv), so the mode is
// the first byte of the input: a = abort(), s = assert, t = __builtin_trap,
// u = a UB check (signed overflow, -fsanitize=signed-integer-overflow with
// traps), d = divide by zero (a VM trap).
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>
#include <valida.h>

static volatile int big = 2147483647;
static volatile int zero = 0;

__attribute__((noinline)) int inner(int mode) {
  if (mode == 'a')
    abort();
  assert(mode != 's');
  if (mode == 't')
    __builtin_trap();
  if (mode == 'u')
    return big + mode;
  if (mode == 'd')
    return mode / zero;
  return mode;
}

__attribute__((noinline)) int outer(int mode) {
  int r = inner(mode);
  return r + 1;
}

int main(void) {
  int mode = __valida_read_advice();
  printf("mode %c\n", mode);
  return outer(mode) & 0;
}
