/* Memory-heavy: pointer chasing through a random cyclic permutation of
   4M words (16 MiB), so nearly every load misses the cache. */
#include <stdio.h>
#ifndef N
#define N (1u << 20)
#endif
#ifndef ROUNDS
#define ROUNDS 8
#endif
static unsigned next[N];
int main(void) {
  for (unsigned i = 0; i < N; i++)
    next[i] = i;
  /* Sattolo's algorithm: one cycle through every element. */
  unsigned x = 12345;
  for (unsigned i = N - 1; i > 0; i--) {
    x = x * 1103515245u + 12345u;
    unsigned j = (x >> 8) % i;
    unsigned t = next[i];
    next[i] = next[j];
    next[j] = t;
  }
  unsigned p = 0, sum = 0;
  for (unsigned r = 0; r < ROUNDS * N; r++) {
    p = next[p];
    sum += p;
  }
  printf("memory: %08x\n", sum);
  return 0;
}
