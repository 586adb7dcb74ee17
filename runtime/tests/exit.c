/* atexit order, constructors/destructors, exit status from exit(). */
#include <stdio.h>
#include <stdlib.h>

__attribute__((constructor)) static void ctor(void) { printf("constructor\n"); }
__attribute__((destructor)) static void dtor(void) { printf("destructor\n"); }
static void first(void) { printf("atexit first\n"); }
static void second(void) { printf("atexit second\n"); }

static void leave(int n) { exit(n); }

int main(void) {
  atexit(first);
  atexit(second);
  printf("main\n");
  leave(7);
  printf("not reached\n");
  return 0;
}
