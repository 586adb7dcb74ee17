/* long double (IEEE quad on riscv32 and Valida: builtins/softquad.c through
 * __addtf3 & co.): a few computations whose extra precision shows, printed
 * through double and integer conversions, then random operands through
 * every operation, comparison and conversion with the results hashed bit for
 * bit (NaNs as one class). The expected output comes from this program
 * built on x86-64 with gcc's __float128 (libgcc soft-fp):
 *   gcc -O2 runtime/tests/quad.c -o quad && ./quad > runtime/tests/quad.expected */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__)
typedef __float128 ld; /* the host reference: IEEE quad in libgcc */
#define L(x) x##Q
#else
typedef long double ld;
#define L(x) x##L
#endif

_Static_assert(sizeof(ld) == 16, "IEEE quad expected");

static uint64_t rs = 0x452821e638d01377ull;
static uint64_t rnd(void) {
  rs ^= rs << 13;
  rs ^= rs >> 7;
  rs ^= rs << 17;
  return rs;
}

/* Quads are handed to helpers by address (the hash below reads their bits). */
static void qbits(const ld *x, uint64_t *hi, uint64_t *lo) {
  uint64_t u[2];
  memcpy(u, x, 16);
  *lo = u[0];
  *hi = u[1];
}

/* random quads: moderate exponents mostly, some subnormal, huge, special */
static void rq(ld *out) {
  uint64_t r = rnd(), hi = rnd(), lo = rnd();
  switch (r & 7) {
  case 0: hi &= 0x8000ffffffffffffull; break;                       /* subnormal */
  case 1: hi = (hi & 0x8000ffffffffffffull) | 0x7ffe000000000000ull; break; /* huge */
  case 2: /* zero, inf, NaN, one */
    switch ((r >> 8) % 4) {
    case 0: hi &= 0x8000000000000000ull, lo = 0; break;
    case 1: hi = (hi & 0x8000000000000000ull) | 0x7fff000000000000ull, lo = 0; break;
    case 2: hi |= 0x7fff800000000000ull; break;
    default: hi = 0x3fff000000000000ull, lo = 0; break;
    }
    break;
  case 3: /* short significand: exact results and ties */
    hi = (hi & 0x8000ffff00000000ull) | (uint64_t)(0x3fff + (int)((r >> 8) % 64) - 32) << 48;
    lo = 0;
    break;
  default: /* exponents within 2^+-200 */
    hi = (hi & 0x8000ffffffffffffull) | (uint64_t)(0x3fff + (int)((r >> 8) % 400) - 200) << 48;
  }
  uint64_t u[2] = {lo, hi};
  memcpy(out, u, 16);
}

static uint64_t hq = 14695981039346656037ull, hd = 14695981039346656037ull,
                hc = 1469598103934665603ull;
static void mix(uint64_t *h, uint64_t v) { *h = (*h ^ v) * 1099511628211ull; }
static void mq(const ld *x) {
  uint64_t hi, lo;
  if (*x != *x) {
    mix(&hq, 1);
    return;
  }
  qbits(x, &hi, &lo);
  mix(&hq, hi);
  mix(&hq, lo);
}
#define MQ(e) (tq = (e), mq(&tq))
static ld tq;
static void md(double d) {
  uint64_t u;
  memcpy(&u, &d, 8);
  mix(&hd, d != d ? 1 : u);
}
static void mf(float f) {
  uint32_t u;
  memcpy(&u, &f, 4);
  mix(&hd, f != f ? 1 : u);
}

static ld poly(ld x) { return ((x * L(3.0) + L(0.25)) * x - L(1.5)) / L(2.0); }

int main(void) {
  /* ---- readable results ---- */
  volatile ld one = 1, three = 3, two = 2, tiny = L(0x1p-60);
  ld third = one / three;
  printf("poly(1.5) %.17g int %d\n", (double)poly(L(1.5)), (int)(poly(L(1.5)) * 100));
  printf("third %.17g third*1e18 %lld\n", (double)third, (long long)(third * L(1e18)));
  printf("third*3-1 %.17g\n", (double)(third * three - one));
  printf("(1+2^-60)-1 %.17g (double gives %.17g)\n", (double)((one + tiny) - one),
         ((double)one + (double)tiny) - (double)one);
  ld f = 1;
  for (int i = 2; i <= 30; i++)
    f *= i;
  ld top = (ld)(unsigned long long)(f / L(18446744073709551616.0));
  printf("30! %.17g = %llu * 2^64 + %llu\n", (double)f,
         (unsigned long long)top, (unsigned long long)(f - top * L(18446744073709551616.0)));
  ld x = 1;
  for (int i = 0; i < 8; i++)
    x = (x + two / x) / two;
  printf("sqrt2 %.17g x*x-2 %.17g\n", (double)x, (double)(x * x - two));
  ld h = 0;
  for (int k = 1; k <= 100; k++)
    h += one / (ld)k;
  printf("H(100) %.17g (H(100)-5)*1e18 %llu\n", (double)h, (unsigned long long)((h - 5) * L(1e18)));
  volatile ld zero = 0;
  ld inf = one / zero, nan = zero / zero;
  printf("inf %g -inf %g nan? %d cmp %d%d%d%d\n", (double)inf, (double)-inf, nan != nan, inf > L(1e4000),
         nan < one, nan >= one, -inf < -L(1e4000));
  ld sub = L(0x1p-16494); /* the smallest subnormal */
  printf("subnormal %d %d %.17g\n", sub > 0, sub / two == 0, (double)(sub * L(0x1p16383) * L(0x1p111)));
  printf("ull %llu %lld %u %d\n", (unsigned long long)(ld)18446744073709551615ull,
         (long long)(ld)(-9223372036854775807ll - 1), (unsigned)(ld)4294967295u, (int)-(ld)2147483647);
  printf("float %.9g %.17g\n", (double)(float)third, (double)(ld)(float)L(0.1));
  printf("double->ld->double %.17g, 0.1L-0.1 %.17g\n", (double)(ld)0.1, (double)(L(0.1) - (ld)0.1));

  /* ---- random operands, hashed ---- */
  for (int i = 0; i < 1500; i++) {
    ld ra, rb;
    rq(&ra), rq(&rb);
    volatile ld a = ra, b = rb;
    MQ(a + b), MQ(a - b), MQ(a * b), MQ(a / b), MQ(-a);
    mix(&hc, (uint64_t)((a < b) | (a <= b) << 1 | (a == b) << 2 | (a != b) << 3 | (a > b) << 4 |
                        (a >= b) << 5));
    md((double)a), mf((float)b);
    if (a > -L(2147483648.0) && a < L(2147483648.0))
      mix(&hc, (uint64_t)(int32_t)a);
    if (a > -L(1.0) && a < L(4294967296.0))
      mix(&hc, (uint32_t)a);
    if (b > -L(9.2e18) && b < L(9.2e18))
      mix(&hc, (uint64_t)(int64_t)b);
    if (b > -L(1.0) && b < L(1.8e19))
      mix(&hc, (uint64_t)b);
    uint64_t u = rnd() >> (rnd() % 64);
    MQ((ld)u), MQ((ld)(int64_t)u), MQ((ld)(uint32_t)u), MQ((ld)(int32_t)u);
    uint64_t du = rnd();
    double d;
    memcpy(&d, &du, 8);
    MQ((ld)d), MQ((ld)(float)d);
  }
  printf("quad   %016llx\nnarrow %016llx\nint    %016llx\n", (unsigned long long)hq,
         (unsigned long long)hd, (unsigned long long)hc);
  return 0;
}
