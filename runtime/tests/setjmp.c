/* setjmp/longjmp: from the same function, from deep recursion, nested. */
#include <stdio.h>
#include <setjmp.h>

static jmp_buf top, inner;
static int depth_reached;

static void recurse(int n) {
  volatile char pad[32];
  pad[0] = (char)n;
  if (n == 0)
    longjmp(top, 42);
  depth_reached = n;
  recurse(n - 1);
  pad[1] = pad[0];
}

static int nested(void) {
  volatile int r = setjmp(inner);
  if (r == 0)
    longjmp(inner, 0); /* 0 becomes 1 */
  return r;
}

static void jump_back(jmp_buf env, int v) { longjmp(env, v); }

int main(void) {
  volatile int count = 0;
  volatile int local = 10;
  int r = setjmp(top);
  count++;
  if (r == 0) {
    local = 20;
    recurse(50);
    printf("not reached\n");
  }
  printf("setjmp returned %d after %d calls, depth %d, local %d\n", r, count, depth_reached, local);
  printf("longjmp(0) gives %d\n", nested());
  jmp_buf env;
  volatile int i = 0;
  int v = setjmp(env);
  if (i < 5) {
    i++;
    jump_back(env, i * 10);
  }
  printf("loop via longjmp: i=%d v=%d\n", i, v);
  return 0;
}
