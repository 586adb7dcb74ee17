/* A failed assert prints its message (to stderr; on Valida to the one output
 * stream) and aborts: FAIL on Valida, status 1 on RV32. */
#line 5 "assert.c"
#include <assert.h>
#include <stdio.h>

int main(void) {
  int x = 2;
  assert(x == 2);
  printf("first assert passed\n");
  assert(x + 1 == 4);
  printf("not reached\n");
  return 0;
}
