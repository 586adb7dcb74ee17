#include "rv32.h"

/* brk-backed allocation, a sieve and a heap sort with a checksum. */
static void *heap_alloc(size_t n) {
    char *cur = sys_brk(0);
    char *end = sys_brk(cur + n);
    return end == cur + n ? cur : 0;
}

static uint32_t rng = 12345;
static uint32_t next(void) {
    rng = rng * 1103515245u + 12345u;
    return rng >> 8;
}

static void sift(int *a, int start, int end) {
    int root = start;
    while (2 * root + 1 <= end) {
        int child = 2 * root + 1, sw = root;
        if (a[sw] < a[child]) sw = child;
        if (child + 1 <= end && a[sw] < a[child + 1]) sw = child + 1;
        if (sw == root) return;
        int t = a[root]; a[root] = a[sw]; a[sw] = t;
        root = sw;
    }
}

int main(void) {
    enum { N = 20000, P = 100000 };
    int *a = heap_alloc(N * sizeof(int));
    char *sieve = heap_alloc(P);
    if (!a || !sieve) {
        put_str("brk failed\n");
        flush();
        return 1;
    }
    for (int i = 0; i < N; i++) a[i] = (int)(next() % 1000000) - 500000;
    for (int s = (N - 2) / 2; s >= 0; s--) sift(a, s, N - 1);
    for (int e = N - 1; e > 0; e--) {
        int t = a[0]; a[0] = a[e]; a[e] = t;
        sift(a, 0, e - 1);
    }
    uint32_t h = 0;
    int sorted = 1;
    for (int i = 0; i < N; i++) {
        h = h * 16777619u ^ (uint32_t)a[i];
        if (i && a[i - 1] > a[i]) sorted = 0;
    }
    memset(sieve, 1, P);
    int primes = 0;
    for (int i = 2; i < P; i++)
        if (sieve[i]) {
            primes++;
            for (int j = 2 * i; j < P; j += i) sieve[j] = 0;
        }
    put_str("sorted ");
    put_int(sorted);
    put_str(" min ");
    put_int(a[0]);
    put_str(" max ");
    put_int(a[N - 1]);
    put_str(" hash ");
    put_hex(h);
    put_str(" primes ");
    put_int(primes);
    put_char('\n');
    flush();
    return 0;
}
