/* exit, atexit, abort, assert failure. */
#include <stdlib.h>
#include <stdio.h>
#include "rt.h"

#define ATEXIT_MAX 32

static void (*handlers[ATEXIT_MAX])(void);
static int nhandlers;
/* Set by the first atexit: a whole-program build of a program that never
 * calls atexit sees it constant and drops the handler loop from exit. */
static char atexit_used;

extern void (*__fini_array_start[])(void);
extern void (*__fini_array_end[])(void);

int atexit(void (*fn)(void)) {
  if (nhandlers == ATEXIT_MAX)
    return -1;
  handlers[nhandlers++] = fn;
  atexit_used = 1;
  return 0;
}

void __rt_run_exit_handlers(void) {
  while (atexit_used && nhandlers > 0)
    handlers[--nhandlers]();
  for (void (**f)(void) = __fini_array_end; f > __fini_array_start;)
    (*--f)();
}

_Noreturn void exit(int status) {
  /* Inlined in a whole-program build (see crt/start.c). */
  [[clang::always_inline]] __rt_run_exit_handlers();
  [[clang::always_inline]] __rt_exit(status);
}

_Noreturn void _Exit(int status) { __rt_exit(status); }

_Noreturn void abort(void) { __rt_abort(); }

_Noreturn void __assert_fail(const char *expr, const char *file, int line) {
  fprintf(stderr, "Assertion failed: %s (%s: %d)\n", expr, file, line);
  abort();
}

/* For code built with -fstack-protector. */
unsigned long __stack_chk_guard = 0x595e9fbdul;
_Noreturn void __stack_chk_fail(void) {
  fputs("stack smashing detected\n", stderr);
  abort();
}
