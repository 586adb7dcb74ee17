/* Recursive quicksort (Hoare partition) of pseudo-random ints. */
#include <stdio.h>

#define N 20000
static int a[N];

static void quicksort(int *v, int lo, int hi) {
  while (lo < hi) {
    int p = v[lo + (hi - lo) / 2];
    int i = lo - 1, j = hi + 1;
    for (;;) {
      do i++; while (v[i] < p);
      do j--; while (v[j] > p);
      if (i >= j)
        break;
      int t = v[i];
      v[i] = v[j];
      v[j] = t;
    }
    if (j - lo < hi - j) {
      quicksort(v, lo, j);
      lo = j + 1;
    } else {
      quicksort(v, j + 1, hi);
      hi = j;
    }
  }
}

int main(void) {
  unsigned x = 987654321u;
  for (int i = 0; i < N; i++) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    a[i] = (int)(x % 1000000u) - 500000;
  }
  quicksort(a, 0, N - 1);
  unsigned sum = 0;
  int sorted = 1;
  for (int i = 0; i < N; i++) {
    sum = sum * 31 + (unsigned)a[i];
    if (i && a[i - 1] > a[i])
      sorted = 0;
  }
  printf("quicksort checksum: %08x sorted=%d\n", sum, sorted);
  return 0;
}
