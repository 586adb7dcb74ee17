/* Cycle markers (include/valida/cycles.h): empty functions whose calls the
 * VM sees by symbol. The empty asm keeps calls from being removed as
 * side-effect free. */
#include <valida/cycles.h>

__attribute__((noinline)) void valida_cycle_start(const char *name) {
  (void)name;
  __asm__ volatile("" : : : "memory");
}

__attribute__((noinline)) void valida_cycle_end(const char *name) {
  (void)name;
  __asm__ volatile("" : : : "memory");
}
