/* _Thread_local on a single-threaded machine: an ordinary global (the
 * driver drops the thread_local marking before code generation). */
#include <stdio.h>

_Thread_local int counter = 5;
static _Thread_local long long total;
static _Thread_local char name[8] = "tls";

static int bump(int by) {
  total += by;
  name[0]++;
  return ++counter;
}

int main(void) {
  int *p = &counter;
  for (int i = 1; i <= 4; i++)
    bump(i);
  *p += 100;
  printf("counter %d total %lld name %s\n", counter, total, name);
  return counter == 109 ? 0 : 1;
}
