// 64-bit arithmetic with overflow checks (__builtin_*_overflow), which the
// back end expands through a 128-bit product.
#include <stdio.h>

static int mul(long long a, long long b, long long *r) { return __builtin_mul_overflow(a, b, r); }
static int umul(unsigned long long a, unsigned long long b, unsigned long long *r) {
    return __builtin_mul_overflow(a, b, r);
}

int main(void) {
    static const long long xs[] = {0, 1, -1, 10, 123456789012LL, -3, 1LL << 31, 1LL << 32,
                                   3037000499LL, 3037000500LL, 1LL << 62, -(1LL << 62),
                                   0x7fffffffffffffffLL, -0x7fffffffffffffffLL - 1};
    const int n = sizeof xs / sizeof xs[0];
    unsigned long long sum = 0;
    int overflows = 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            long long r;
            int o = mul(xs[i], xs[j], &r);
            overflows += o;
            sum = sum * 31 + (unsigned long long)r + (unsigned)o;
        }
    printf("signed: %d overflows, hash %llu\n", overflows, sum);
    unsigned long long ur;
    int o = umul(0xffffffffULL, 0x100000001ULL, &ur);
    printf("unsigned: %d %llu\n", o, ur);
    o = umul(0x100000000ULL, 0x100000000ULL, &ur);
    printf("unsigned: %d %llu\n", o, ur);
    long long r;
    o = mul(123456789012LL, 10, &r);
    printf("%d %lld\n", o, r);
    return 0;
}
