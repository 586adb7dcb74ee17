/* Program entry: _start, linked first (at address 0 on Valida). Runs the
 * constructors of .init_array, calls main(0, 0) and hands its status to exit(),
 * which runs the atexit handlers and .fini_array and then stops the machine
 * (docs/abi.md, "Program start and exit status"). */
#include <stdlib.h>

extern void (*__init_array_start[])(void);
extern void (*__init_array_end[])(void);

int main(int argc, char **argv);

_Noreturn void _start(void) {
  for (void (**f)(void) = __init_array_start; f < __init_array_end; f++)
    (*f)();
  exit(main(0, 0));
}
