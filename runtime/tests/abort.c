/* abort() ends the program with a failure, skipping atexit handlers. */
#include <stdio.h>
#include <stdlib.h>

static void handler(void) { printf("handler must not run\n"); }

int main(void) {
  atexit(handler);
  printf("aborting\n");
  abort();
}
