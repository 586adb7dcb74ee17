/* Large blocks: freed neighbours merge and are reused. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>

/* Addresses are compared as integers saved before the free: comparing a
 * freed pointer is undefined, and compilers fold it to "different". */
static volatile uintptr_t saved;
/* Storing every block here keeps the compiler from removing malloc/free
 * pairs whose memory it can see is unused. */
static void *volatile sink;

int main(void) {
  /* 3 x 40 KB freed in an order that needs merging on both sides, then one
   * 120 KB block must fit in their place (a 16-byte guard keeps it off the top). */
  char *a = malloc(40000), *b = malloc(40000), *c = malloc(40000);
  char *guard = malloc(16);
  sink = a, sink = b, sink = c, sink = guard;
  memset(a, 1, 40000);
  memset(b, 2, 40000);
  memset(c, 3, 40000);
  saved = (uintptr_t)a;
  free(a);
  free(c);
  free(b);
  char *big = malloc(119000);
  sink = big;
  printf("merged block reused: %d\n", (uintptr_t)big == saved);
  memset(big, 4, 119000);
  free(big);
  /* Many rounds of growing large blocks: without reuse this would need
   * far more than the heap. */
  size_t total = 0;
  for (int i = 1; i <= 400; i++) {
    char *p = malloc((size_t)i * 10000);
    if (!p) {
      printf("out of memory at %d\n", i);
      return 1;
    }
    sink = p;
    p[0] = p[(size_t)i * 10000 - 1] = (char)i;
    total += (size_t)i * 10000;
    char *q = malloc(2000);
    sink = q;
    free(p);
    free(q);
  }
  printf("allocated %zu bytes in total\n", total);
  free(guard);
  return 0;
}
