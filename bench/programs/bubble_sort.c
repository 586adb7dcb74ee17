/* Bubble sort of pseudo-random ints. */
#include <stdio.h>

#define N 400
static int a[N];

int main(void) {
  unsigned x = 12345;
  for (int i = 0; i < N; i++) {
    x = x * 1103515245u + 12345u;
    a[i] = (int)(x >> 8) - (1 << 22);
  }
  for (int i = 0; i < N - 1; i++) {
    int swapped = 0;
    for (int j = 0; j < N - 1 - i; j++)
      if (a[j] > a[j + 1]) {
        int t = a[j];
        a[j] = a[j + 1];
        a[j + 1] = t;
        swapped = 1;
      }
    if (!swapped)
      break;
  }
  unsigned sum = 0;
  for (int i = 0; i < N; i++)
    sum = sum * 33 + (unsigned)a[i];
  printf("bubble_sort checksum: %08x (min %d, max %d)\n", sum, a[0], a[N - 1]);
  return 0;
}
