// long double (IEEE quad on this ABI, soft-float through __addtf3 & co.),
// over-aligned locals and _Alignas.
#include <stdalign.h>
#include <stdint.h>
#include <stdio.h>

static long double poly(long double x) { return ((x * 3.0L + 0.25L) * x - 1.5L) / 2.0L; }

int main(void) {
    long double a = 1.5L, b = poly(a);
    printf("poly(1.5) = %.6Lf\n", b);
    printf("as double %.6f, as int %d\n", (double)b, (int)(b * 100));
    long double third = 1.0L / 3.0L;
    printf("third %.15Lf cmp %d %d\n", third, third < 0.34L, third > 0.3333L);
    alignas(16) char buf[32];
    alignas(32) int32_t wide[8];
    for (int i = 0; i < 8; i++) wide[i] = i * i;
    buf[0] = 'A';
    printf("aligned %d %d %c %d\n", (int)((uintptr_t)buf % 16), (int)((uintptr_t)wide % 32), buf[0], wide[7]);
    return (int)(b * 10);
}
