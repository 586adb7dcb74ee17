/* The stderr hook (docs/abi.md, "stderr"): a function that does nothing on
 * the real Valida VM, whose calls our VM recognises by symbol and turns into
 * writes to the host's stderr. It has a file of its own so that no caller
 * sees its empty body and drops the call. */
#include <stddef.h>

void __valida_stderr_write(const char *buf, size_t n) {
  (void)buf;
  (void)n;
}
