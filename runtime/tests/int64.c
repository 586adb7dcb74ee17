/* 64-bit arithmetic: multiply, divide, remainder, shifts, conversions. */
#include <stdio.h>
#include <stdint.h>

static volatile int64_t vs[] = {0, 1, -1, 7, -7, 1000000007, -99999999999LL, INT64_MAX, INT64_MIN,
                                0x123456789abcdefLL, -0x0fedcba987654321LL, 4294967296LL,
                                4294967295LL, -4294967296LL, 3};

int main(void) {
  int n = sizeof vs / sizeof vs[0];
  uint64_t h = 1469598103934665603ull;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      int64_t a = vs[i], b = vs[j];
      uint64_t ua = (uint64_t)a, ub = (uint64_t)b;
      h = (h ^ (uint64_t)(a * b)) * 1099511628211ull;
      if (b != 0) {
        h = (h ^ ub) * 1099511628211ull;
        h = (h ^ (ua / ub)) * 1099511628211ull;
        h = (h ^ (ua % ub)) * 1099511628211ull;
        if (!(a == INT64_MIN && b == -1)) {
          h = (h ^ (uint64_t)(a / b)) * 1099511628211ull;
          h = (h ^ (uint64_t)(a % b)) * 1099511628211ull;
        }
      }
      int s = (int)(ub & 63);
      h = (h ^ (ua << s) ^ (ua >> s) ^ (uint64_t)(a >> s)) * 1099511628211ull;
    }
  printf("hash %016llx\n", (unsigned long long)h);
  int64_t a = 1234567890123456789LL, b = -987654321LL;
  printf("%lld * %lld = %lld\n", a, b, a * b);
  printf("%lld / %lld = %lld rem %lld\n", a, b, a / b, a % b);
  printf("%llu / 10 = %llu rem %llu\n", (unsigned long long)UINT64_MAX, (unsigned long long)(UINT64_MAX / 10), (unsigned long long)(UINT64_MAX % 10));
  printf("-7 / 2 = %lld, -7 %% 2 = %lld, 7 / -2 = %lld, 7 %% -2 = %lld\n", (int64_t)vs[4] / 2, (int64_t)vs[4] % 2, (int64_t)vs[3] / -2, (int64_t)vs[3] % -2);
  printf("shifts %llx %llx %llx\n", (unsigned long long)((uint64_t)vs[9] << 36), (unsigned long long)((uint64_t)vs[9] >> 36), (unsigned long long)(vs[10] >> 40));
  int32_t x = -5;
  uint32_t y = 3000000000u;
  printf("widen %lld %llu %lld\n", (int64_t)x, (uint64_t)y, (int64_t)x * y);
  uint64_t f = 1;
  for (int i = 1; i <= 20; i++)
    f *= (uint64_t)i;
  printf("20! = %llu\n", (unsigned long long)f);
  return 0;
}
