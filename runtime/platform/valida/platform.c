/* Valida platform layer: byte I/O through the WRITE and READ_ADVICE
 * instructions, exit through __valida_exit_code + STOP, abort through FAIL,
 * heap bounds from the linker-defined symbols.
 *
 * Valida has a single output stream, the committed output: stdout goes
 * there; stderr (fd 2) goes through __valida_stderr_write, a no-op on the
 * real VM that our VM prints on the host's stderr (docs/abi.md, "stderr"). */
#include <valida.h>
#include "../../libc/rt.h"

int __valida_exit_code;

extern char __heap_start[];
extern char __heap_end[];

void __valida_stderr_write(const char *buf, size_t n);

void __rt_write(int fd, const char *buf, size_t n) {
  if (fd == 2) {
    __valida_stderr_write(buf, n);
    return;
  }
  for (size_t i = 0; i < n; i++)
    __valida_write(buf[i]);
}

void __rt_putc(int fd, int c) {
  if (fd == 2) {
    char b = (char)c;
    __valida_stderr_write(&b, 1);
    return;
  }
  __valida_write(c); /* WRITE outputs the low byte: no masking needed */
}

/* READ_ADVICE gives the byte zero-extended, or 0xFFFFFFFF (-1) at the end. */
int __rt_read_byte(void) { return __valida_read_advice(); }

_Noreturn void __rt_exit(int status) {
  __valida_exit_code = status;
  __valida_stop();
}

_Noreturn void __rt_abort(void) { __valida_fail(); }

char *__rt_heap_start(void) { return __heap_start; }
char *__rt_heap_end(void) { return __heap_end; }
