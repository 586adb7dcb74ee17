/* Soft-float against hardware: random operands (biased to hard cases) through
 * every operation, comparison and conversion; the results are hashed bit for
 * bit (NaNs as one class, out-of-range conversions skipped). The expected
 * hashes come from the same program on a host with hardware floating point. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

static uint64_t rs = 0x243f6a8885a308d3ull;
static uint64_t rnd(void) {
  rs ^= rs << 13;
  rs ^= rs >> 7;
  rs ^= rs << 17;
  return rs;
}

static uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static uint64_t dbits(double f) { uint64_t u; memcpy(&u, &f, 8); return u; }
static float bitsf(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }
static double bitsd(uint64_t u) { double f; memcpy(&f, &u, 8); return f; }

static uint32_t rf(void) {
  uint64_t r = rnd();
  uint32_t u = (uint32_t)(r >> 32);
  switch (r & 7) {
  case 0: return u & 0x807fffff;                      /* subnormal */
  case 1: return (u & 0x80ffffff) | 0x3f000000;       /* near 1 */
  case 2: return (u & 0x807fffff) | 0x7f000000;       /* huge */
  case 3: return (uint32_t)(r >> 8) % 5 == 0 ? 0x7f800000u : (u & 0x80000000u); /* inf, zero */
  default: return u;
  }
}
static uint64_t rd(void) {
  uint64_t r = rnd(), u = rnd();
  switch (r & 7) {
  case 0: return u & 0x800fffffffffffffull;
  case 1: return (u & 0x801fffffffffffffull) | 0x3fe0000000000000ull;
  case 2: return (u & 0x800fffffffffffffull) | 0x7fe0000000000000ull;
  case 3: return (r >> 8) % 5 == 0 ? 0xfff0000000000000ull : (u & 0x8000000000000000ull);
  default: return u;
  }
}

static uint64_t h32 = 14695981039346656037ull, h64 = 14695981039346656037ull, hc = 1469598103934665603ull;
static void mix(uint64_t *h, uint64_t v) { *h = (*h ^ v) * 1099511628211ull; }
static void mf(float f) { mix(&h32, f != f ? 1 : fbits(f)); }
static void md(double d) { mix(&h64, d != d ? 1 : dbits(d)); }

int main(void) {
  for (int i = 0; i < 6000; i++) {
    uint32_t ua = rf(), ub = rf();
    if (rnd() % 4 == 0)
      ub = (ub & 0x807fffff) | (ua & 0x7f800000); /* same exponent */
    volatile float a = bitsf(ua), b = bitsf(ub);
    float s = a + b, d = a - b, m = a * b, q = a / b;
    mf(s), mf(d), mf(m), mf(q), mf(-a);
    mix(&hc, (uint64_t)((a < b) | (a <= b) << 1 | (a == b) << 2 | (a != b) << 3 | (a > b) << 4 | (a >= b) << 5));
    double ea = a;
    md(ea);
    if (a > -2147483648.0f && a < 2147483648.0f)
      mix(&hc, (uint64_t)(int32_t)a);
    if (a > -1.0f && a < 4294967296.0f)
      mix(&hc, (uint32_t)a);
    if (a > -9.2e18f && a < 9.2e18f)
      mix(&hc, (uint64_t)(int64_t)a);

    uint64_t uc = rd(), ud = rd();
    if (rnd() % 4 == 0)
      ud = (ud & 0x800fffffffffffffull) | (uc & 0x7ff0000000000000ull);
    volatile double c = bitsd(uc), e = bitsd(ud);
    double ds = c + e, dd = c - e, dm = c * e, dq = c / e;
    md(ds), md(dd), md(dm), md(dq), md(-c);
    mix(&hc, (uint64_t)((c < e) | (c <= e) << 1 | (c == e) << 2 | (c != e) << 3 | (c > e) << 4 | (c >= e) << 5));
    float tc = (float)c;
    mf(tc);
    if (c > -2147483649.0 && c < 2147483648.0)
      mix(&hc, (uint64_t)(int32_t)c);
    if (c > -1.0 && c < 4294967296.0)
      mix(&hc, (uint32_t)c);
    if (c > -9.2e18 && c < 9.2e18)
      mix(&hc, (uint64_t)(int64_t)c);
    if (c > -1.0 && c < 1.8e19)
      mix(&hc, (uint64_t)c);

    uint64_t w = rnd() >> (rnd() % 64);
    int32_t w32 = (int32_t)w;
    mf((float)w32), mf((float)(uint32_t)w), mf((float)(int64_t)w), mf((float)w);
    md((double)w32), md((double)(uint32_t)w), md((double)(int64_t)w), md((double)w);
  }
  printf("float  %016llx\ndouble %016llx\nint    %016llx\n", (unsigned long long)h32,
         (unsigned long long)h64, (unsigned long long)hc);
  return 0;
}
