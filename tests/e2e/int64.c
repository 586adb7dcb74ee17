// 64-bit arithmetic: multiply, divide, modulo, shifts, comparisons.
#include <stdint.h>
#include <stdio.h>

static uint64_t mix(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

int main(void) {
    uint64_t h = 0;
    for (int i = 0; i < 20; i++) h = mix(h + (uint64_t)i);
    printf("hash %llu\n", (unsigned long long)h);
    int64_t a = -9000000000000LL, b = 7;
    printf("div %lld mod %lld\n", (long long)(a / b), (long long)(a % b));
    uint64_t u = 0xFFFFFFFFFFFFFFFFULL;
    printf("udiv %llu umod %llu\n", (unsigned long long)(u / 1000000007ULL), (unsigned long long)(u % 1000000007ULL));
    printf("shl %llx shr %llx sar %lld\n", (unsigned long long)(1ULL << 45), (unsigned long long)(u >> 13),
           (long long)(a >> 20));
    printf("cmp %d %d %d\n", a < b, (uint64_t)a > (uint64_t)b, a == -9000000000000LL);
    int64_t f = 1;
    for (int i = 1; i <= 20; i++) f *= i;
    printf("20! = %lld\n", (long long)f);
    uint32_t x = 0x12345678u, y = 0x9abcdef0u;
    printf("mul32x32 %llx\n", (unsigned long long)((uint64_t)x * y));
    printf("neg %lld\n", (long long)-f);
    return (int)(h & 0x7f);
}
