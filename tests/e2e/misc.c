// Mixed checks: signed division and remainder, limits, narrow and mixed-sign
// arithmetic, float/int64 conversions, printf floats, qsort+bsearch on structs,
// strtol/strtoul/atoi, memcmp/memset, deep recursion, a 64-bit switch.
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct rec { char name[8]; int key; };
static int cmp(const void *a, const void *b) { return ((const struct rec *)a)->key - ((const struct rec *)b)->key; }
static int depth(int n) { volatile int pad[4]; pad[0] = n; return n == 0 ? 0 : 1 + depth(n - 1) + pad[0] * 0; }
static const char *sw64(int64_t v) {
    switch (v) { case 0: return "zero"; case 1LL << 40: return "big"; case -1: return "minus"; default: return "other"; }
}
int main(void) {
    int vals[] = {7, -7, 13, -13};
    for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) printf("%d/%d=%d r%d ", vals[i], vals[j] % 5 + 1, vals[i] / (vals[j] % 5 + 1), vals[i] % (vals[j] % 5 + 1));
    printf("\n%d %d %lld %llu\n", INT_MIN, INT_MAX, LLONG_MIN, ULLONG_MAX);
    unsigned char uc = 200; uc += 100; signed char sc = 100; sc += 100;
    printf("uc %u sc %d\n", uc, sc);
    int64_t a = -5; uint64_t b = 3;
    printf("mixed %d %d %d\n", a < (int64_t)b, (uint64_t)a < b, a / 2 == -2);
    double d = 1e19; float f = -2.5f;
    printf("conv %llu %lld %.1f %.1f %u\n", (unsigned long long)d, (long long)f, (double)(uint64_t)12345678901234ULL, (double)(int64_t)-98765432109LL, (unsigned)3.99);
    printf("[%5.2f|%-10.3e|%g|%g|%08.3f|%+.0f]\n", 3.14159, -0.000123456, 100000.0, 1e-5, -2.5, 2.5);
    struct rec rs[5] = {{"e", 5}, {"b", 2}, {"d", 4}, {"a", 1}, {"c", 3}};
    qsort(rs, 5, sizeof rs[0], cmp);
    struct rec key = {"", 4};
    struct rec *found = bsearch(&key, rs, 5, sizeof rs[0], cmp);
    printf("sorted %s%s%s%s%s found %s\n", rs[0].name, rs[1].name, rs[2].name, rs[3].name, rs[4].name, found ? found->name : "-");
    printf("strtol %ld %ld %ld %lu atoi %d\n", strtol("-0x1f", 0, 16), strtol("777", 0, 8), strtol("  42abc", 0, 10), strtoul("4294967295", 0, 10), atoi("-123"));
    char big[300]; memset(big, 'z', sizeof big); big[299] = 0;
    printf("memcmp %d %d len %u\n", memcmp("abc", "abd", 3) < 0, memcmp(big, big + 1, 100), (unsigned)strlen(big));
    printf("depth %d\n", depth(5000));
    printf("%s %s %s %s\n", sw64(0), sw64(1LL << 40), sw64(-1), sw64(5));
    char out[64]; snprintf(out, sizeof out, "%d|%lld|%x", INT_MIN, LLONG_MIN, -1);
    puts(out);
    return abs(-3) + (int)labs(-4L);
}
