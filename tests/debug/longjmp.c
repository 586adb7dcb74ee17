// Profiles after longjmp: cycles after the jump belong to main's stack,
// not to the frames that longjmp left.
#include <setjmp.h>

static jmp_buf env;
static volatile int sink;

__attribute__((noinline)) void deep(int n) {
  if (n == 0)
    longjmp(env, 1);
  deep(n - 1);
  sink++;
}

__attribute__((noinline)) void after(void) {
  for (int i = 0; i < 1000; i++)
    sink += i;
}

int main(void) {
  if (setjmp(env) == 0)
    deep(50);
  after();
  return 0;
}
