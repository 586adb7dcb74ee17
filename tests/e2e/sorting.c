// Insertion sort, quicksort and the library qsort on pseudo-random data.
#include <stdio.h>
#include <stdlib.h>

static unsigned seed = 12345;
static unsigned next(void) { seed = seed * 1103515245u + 12345u; return (seed >> 16) & 0x7fff; }

static void insertion(int *a, int n) {
    for (int i = 1; i < n; i++) {
        int v = a[i], j = i - 1;
        while (j >= 0 && a[j] > v) { a[j + 1] = a[j]; j--; }
        a[j + 1] = v;
    }
}

static void quick(int *a, int lo, int hi) {
    if (lo >= hi) return;
    int p = a[(lo + hi) / 2], i = lo, j = hi;
    while (i <= j) {
        while (a[i] < p) i++;
        while (a[j] > p) j--;
        if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
    }
    quick(a, lo, j);
    quick(a, i, hi);
}

static int cmp(const void *x, const void *y) {
    int a = *(const int *)x, b = *(const int *)y;
    return (a > b) - (a < b);
}

static int sorted(const int *a, int n) {
    for (int i = 1; i < n; i++) if (a[i - 1] > a[i]) return 0;
    return 1;
}

#define N 300
int a[N], b[N], c[N];

int main(void) {
    for (int i = 0; i < N; i++) a[i] = b[i] = c[i] = (int)(next() % 1000) - 500;
    insertion(a, N);
    quick(b, 0, N - 1);
    qsort(c, N, sizeof c[0], cmp);
    printf("sorted: %d %d %d\n", sorted(a, N), sorted(b, N), sorted(c, N));
    int same = 1;
    for (int i = 0; i < N; i++) same &= a[i] == b[i] && b[i] == c[i];
    printf("same: %d\n", same);
    for (int i = 0; i < N; i += 30) printf("%d ", a[i]);
    printf("\nmin %d max %d\n", a[0], a[N - 1]);
    return 0;
}
