/* Locals aligned beyond 8 bytes (long double at -O0, _Alignas(16)) come
 * from the dynamic alloca area on Valida; 100,000 calls must not exhaust
 * it (the area pointer is restored when each call returns). */
#include <stdio.h>
__attribute__((noinline)) static long double twice(long double x) { return x + x; }
__attribute__((noinline)) static int aligned_local(int v) { _Alignas(16) int x = v; int *volatile p = &x; return *p + 1; }
int main(void) {
    long double s = 0;
    int t = 0;
    for (int i = 0; i < 100000; i++) { s = twice(1.0L) + s; t += aligned_local(i & 7); }
    printf("%d %d\n", (int)(s / 2), t);
    return 0;
}
