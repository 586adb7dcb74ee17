// Deep recursion: depth from the input (a decimal number); a depth large
// enough overflows the stack.
#include <stdio.h>
#include <valida.h>

__attribute__((noinline)) int down(int n) {
  if (n == 0)
    return 0;
  return down(n - 1) + 1;
}

int main(void) {
  int n = 0;
  for (int c = __valida_read_advice(); c >= '0' && c <= '9'; c = __valida_read_advice())
    n = n * 10 + (c - '0');
  printf("%d\n", down(n));
  return 0;
}
