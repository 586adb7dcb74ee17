/* malloc/free/calloc/realloc stress with content checks. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

static uint32_t seed = 12345;
static uint32_t next(void) {
  seed = seed * 1103515245u + 12345u;
  return seed >> 8;
}

#define SLOTS 512
static unsigned char *ptr[SLOTS];
static size_t size[SLOTS];

static int check(int i) {
  for (size_t k = 0; k < size[i]; k++)
    if (ptr[i][k] != (unsigned char)(i + k))
      return 0;
  return 1;
}

int main(void) {
  int bad = 0;
  unsigned long allocs = 0;
  for (int round = 0; round < 8000; round++) {
    int i = (int)(next() % SLOTS);
    if (ptr[i]) {
      if (!check(i))
        bad++;
      if (next() % 4 == 0) {
        size_t ns = next() % 1500;
        unsigned char *q = realloc(ptr[i], ns);
        if (!q && ns) {
          printf("realloc failed\n");
          return 1;
        }
        size_t keep = ns < size[i] ? ns : size[i];
        for (size_t k = 0; k < keep; k++)
          if (q[k] != (unsigned char)(i + k))
            bad++;
        ptr[i] = q;
        size[i] = ns;
        for (size_t k = 0; k < ns; k++)
          q[k] = (unsigned char)(i + k);
        if (!ns)
          ptr[i] = NULL;
      } else {
        free(ptr[i]);
        ptr[i] = NULL;
      }
    } else {
      size_t n = next() % 8 == 0 ? next() % 6000 : next() % 200;
      ptr[i] = next() % 5 == 0 ? calloc(n, 1) : malloc(n);
      if (!ptr[i]) {
        printf("malloc(%zu) failed\n", n);
        return 1;
      }
      if ((uintptr_t)ptr[i] % 8)
        bad++;
      allocs++;
      size[i] = n;
      for (size_t k = 0; k < n; k++)
        ptr[i][k] = (unsigned char)(i + k);
    }
  }
  for (int i = 0; i < SLOTS; i++) {
    if (ptr[i] && !check(i))
      bad++;
    free(ptr[i]);
  }
  int *z = calloc(1000, sizeof(int));
  long zs = 0;
  for (int i = 0; i < 1000; i++)
    zs += z[i];
  free(z);
  void *a = aligned_alloc(64, 100);
  printf("aligned %d\n", (int)((uintptr_t)a % 64));
  free(a);
  /* Many small blocks, then reuse after free. */
  void *small[1000];
  static volatile uintptr_t addr[1000]; /* compared as integers after free */
  for (int i = 0; i < 1000; i++)
    addr[i] = (uintptr_t)(small[i] = malloc(16));
  for (int i = 0; i < 1000; i++)
    free(small[i]);
  void *again = malloc(16);
  int reused = 0;
  for (int i = 0; i < 1000; i++)
    reused |= (uintptr_t)again == addr[i];
  free(again);
  printf("allocations %lu, bad %d, calloc sum %ld, reused %d\n", allocs, bad, zs, reused);
  printf("malloc(0) %s, free(NULL) ok\n", malloc(0) ? "non-null" : "null");
  free(NULL);
  return bad != 0;
}
