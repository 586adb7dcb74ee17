// Cycle markers: two named regions, one entered three times.
#include <valida/cycles.h>

static volatile int sink;

__attribute__((noinline)) void work(int n) {
  for (int i = 0; i < n; i++)
    sink += i;
}

int main(void) {
  for (int k = 0; k < 3; k++) {
    valida_cycle_start("work");
    work(100);
    valida_cycle_end("work");
  }
  valida_cycle_start("setup");
  sink = 0;
  valida_cycle_end("setup");
  return 0;
}
