/* Soft-float (float and double) through ordinary C arithmetic, printed exactly. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static volatile double dv[] = {0.0, -0.0, 1.0, -1.5, 0.1, 3.0, 1e300, 1e-300, 4.9e-324,
                               2.2250738585072014e-308, 123456.789, -7.25, 1.0 / 0.0};
static volatile float fv[] = {0.0f, -0.0f, 1.0f, -1.5f, 0.1f, 3.0f, 1e30f, 1e-30f, 1.4e-45f,
                              1.17549435e-38f, 123456.789f, -7.25f, 1.0f / 0.0f};

static uint64_t dbits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }

int main(void) {
  int n = sizeof dv / sizeof dv[0];
  uint64_t h = 1469598103934665603ull;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++) {
      double a = dv[i], b = dv[j];
      float c = fv[i], d = fv[j];
      double r[] = {a + b, a - b, a * b, a / b};
      float q[] = {c + d, c - d, c * d, c / d};
      for (int k = 0; k < 4; k++) {
        /* NaNs compare by class only: their payload is target specific */
        uint64_t rb = r[k] != r[k] ? 1 : dbits(r[k]);
        uint32_t qb = q[k] != q[k] ? 1 : fbits(q[k]);
        h = (h ^ rb) * 1099511628211ull;
        h = (h ^ qb) * 1099511628211ull;
      }
      h = (h ^ (uint64_t)((a < b) | (a <= b) << 1 | (a == b) << 2 | (a != b) << 3 | (a > b) << 4 | (a >= b) << 5)) * 1099511628211ull;
      h = (h ^ (uint64_t)((c < d) | (c <= d) << 1 | (c == d) << 2 | (c != d) << 3 | (c > d) << 4 | (c >= d) << 5)) * 1099511628211ull;
    }
  printf("hash %016llx\n", (unsigned long long)h);
  double x = 0.1, y = 0.2;
  printf("%.17g + %.17g = %.17g\n", x, y, x + y);
  printf("1/3 = %.17g, 2/3 (float) = %.9g\n", 1.0 / dv[3], (double)(2.0f / fv[5]));
  printf("sqrt-ish: %.17g\n", dv[2] / 7.0 * 7.0);
  float f = 16777216.0f;
  printf("float rounding: %.1f %.1f\n", (double)(f + 1.0f), (double)(f + 3.0f));
  printf("conversions: %d %d %u %lld %llu %d\n", (int)dv[11], (int)-2.9, (unsigned)3e9, (long long)-1e18,
         (unsigned long long)1.8e19, (int)fv[10]);
  printf("from int: %.17g %.9g %.17g %.9g\n", (double)INT64_MAX, (double)(float)16777217, (double)(uint64_t)18446744073709551615ull, (double)(float)-2147483647);
  printf("float<->double: %.17g %.9g %.9g\n", (double)fv[4], (double)(float)dv[4], (double)(float)1e-40);
  printf("denormal: %g %g %g\n", dv[8] * 0.5, dv[8] * 1.5, dv[9] / 3);
  printf("inf/nan: %f %f %d %d\n", dv[12] - 1e308, -dv[12], dv[12] - dv[12] != dv[12] - dv[12], dv[12] > 1e308);
  double acc = 0;
  for (int i = 1; i <= 1000; i++)
    acc += 1.0 / i;
  printf("harmonic(1000) = %.15f\n", acc);
  float facc = 0;
  for (int i = 1; i <= 1000; i++)
    facc += 1.0f / (float)i;
  printf("harmonic float = %.7f\n", (double)facc);
  return 0;
}
