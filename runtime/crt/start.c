/* Program entry: _start, linked first (at address 0 on Valida). Runs the
 * constructors of .init_array, calls main(argc, argv) and hands its status to
 * exit(), which runs the atexit handlers and .fini_array and then stops the
 * machine (docs/abi.md, "Program start and exit status").
 *
 * argc/argv come from two words the VM may overwrite at load (docs/abi.md,
 * "argv"): by default (the real Valida VM) argc is 1 and argv is
 * {"a.out", NULL}; `valida run PROG -- ARGS…` stores its own. */
#include <stdlib.h>

#include "../libc/rt.h"

extern void (*__init_array_start[])(void);
extern void (*__init_array_end[])(void);

int main(int argc, char **argv);

/* Set on the first entry. A call through a null function pointer jumps to
 * pc 0, i.e. back here: rerunning the program would repeat its output and
 * hide the bug, so a second entry fails instead (on any VM). */
static volatile int __valida_started;
static char __valida_default_name[] = "a.out";
static char *__valida_default_argv[] = {__valida_default_name, 0};
int __valida_argc = 1;
char **__valida_argv = __valida_default_argv;

/* In a whole-program build exit is inlined here: the inliner gives calls
 * on a path to a noreturn end no budget at all, so the call says it itself
 * (a no-op when exit is external, as with the archive). main stays a
 * function of its own (one call, 4 instructions): inlined here, its code
 * would lose its source lines (this file has no debug info) and
 * backtraces, profiles and debuggers would not find it. */
_Noreturn void _start(void) {
  if (__valida_started)
    __rt_abort(); /* FAIL on Valida; exit status 1 on RV32IM */
  __valida_started = 1;
  for (void (**f)(void) = __init_array_start; f < __init_array_end; f++)
    (*f)();
  int status;
  [[clang::noinline]] status = main(__valida_argc, __valida_argv);
  [[clang::always_inline]] exit(status);
}
