/* Program entry: _start, linked first (at address 0 on Valida). Runs the
 * constructors of .init_array, calls main(0, 0) and hands its status to exit(),
 * which runs the atexit handlers and .fini_array and then stops the machine
 * (docs/abi.md, "Program start and exit status"). */
#include <stdlib.h>
#include <valida.h>

extern void (*__init_array_start[])(void);
extern void (*__init_array_end[])(void);

int main(int argc, char **argv);

/* Set on the first entry. A call through a null function pointer jumps to
 * pc 0, i.e. back here: rerunning the program would repeat its output and
 * hide the bug, so a second entry fails instead (on any VM). */
static volatile int __valida_started;

_Noreturn void _start(void) {
  if (__valida_started)
    __valida_fail();
  __valida_started = 1;
  for (void (**f)(void) = __init_array_start; f < __init_array_end; f++)
    (*f)();
  exit(main(0, 0));
}
