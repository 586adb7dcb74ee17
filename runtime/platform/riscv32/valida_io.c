/* The Valida I/O builtins as functions on RV32IM, for code compiled against
 * <valida.h> or Rust's valida_rt (which calls them directly): on Valida the
 * back end turns each call into one instruction; `valida-cc compare` gives
 * the same IR to the RISC-V back end, whose calls land here. */
#include <valida.h>
#include "../../libc/rt.h"

void __valida_write(int byte) {
  char c = (char)byte;
  __rt_write(1, &c, 1);
}

int __valida_read_advice(void) { return __rt_read_byte(); }

_Noreturn void __valida_fail(void) { __rt_abort(); }

/* On Valida a no-op the VM recognises; here a write to fd 2. */
void __valida_stderr_write(const char *buf, size_t n) { __rt_write(2, buf, n); }
