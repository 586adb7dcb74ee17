/* Checks the quad soft-float builtins (builtins/softquad.c) against gcc's
 * __float128 (libgcc soft-fp, correctly rounded) on x86-64.
 * Build: gcc -O2 -I../.. -D'RT_NAME(n)=t_##n' -D'RT_QUAD=__float128'
 *            softquad_host.c ../../builtins/softquad.c
 * Usage: softquad_host [cases] [seed]
 * Results are compared bit for bit, NaNs as one class (payloads differ). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef QF_CASES
#define QF_CASES 1000000
#endif

typedef __float128 q;
q t_addtf3(q, q);
q t_subtf3(q, q);
q t_multf3(q, q);
q t_divtf3(q, q);
q t_negtf2(q);
q t_powitf2(q, int);
int t_eqtf2(q, q);
int t_netf2(q, q);
int t_lttf2(q, q);
int t_letf2(q, q);
int t_cmptf2(q, q);
int t_gttf2(q, q);
int t_getf2(q, q);
int t_unordtf2(q, q);
q t_floatsitf(int32_t);
q t_floatunsitf(uint32_t);
q t_floatditf(int64_t);
q t_floatunditf(uint64_t);
int32_t t_fixtfsi(q);
uint32_t t_fixunstfsi(q);
int64_t t_fixtfdi(q);
uint64_t t_fixunstfdi(q);
q t_extendsftf2(float);
q t_extenddftf2(double);
float t_trunctfsf2(q);
double t_trunctfdf2(q);

static uint64_t rs = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void) {
  rs ^= rs << 13;
  rs ^= rs >> 7;
  rs ^= rs << 17;
  return rs;
}

typedef struct {
  uint64_t hi, lo;
} bits;

static bits qbits(q f) {
  uint64_t u[2];
  memcpy(u, &f, 16);
  return (bits){u[1], u[0]};
}
static q bitsq(bits b) {
  uint64_t u[2] = {b.lo, b.hi};
  q f;
  memcpy(&f, u, 16);
  return f;
}
static uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static uint64_t dbits(double f) { uint64_t u; memcpy(&u, &f, 8); return u; }
static float bitsf(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }
static double bitsd(uint64_t u) { double f; memcpy(&f, &u, 8); return f; }

#define M 0xffffffffffffffffull
static const bits qspecial[] = {
    {0, 0}, {0x8000000000000000ull, 0},                           /* zeros */
    {0x7fff000000000000ull, 0}, {0xffff000000000000ull, 0},       /* infinities */
    {0x7fff800000000000ull, 0}, {0xffff800000000000ull, 0},       /* quiet NaN */
    {0x7fff000000000000ull, 1}, {0x7fff400000000000ull, 0},       /* signalling NaN */
    {0, 1}, {0x8000000000000000ull, 1},                           /* min subnormal */
    {0x0000ffffffffffffull, M}, {0x0000800000000000ull, 0},       /* max / mid subnormal */
    {0x0001000000000000ull, 0}, {0x8001000000000000ull, 0},       /* min normal */
    {0x0001000000000000ull, 1}, {0x0002000000000000ull, 0},
    {0x7ffeffffffffffffull, M}, {0xfffeffffffffffffull, M},       /* max finite */
    {0x7ffe000000000000ull, 0}, {0x7ffd000000000000ull, 0},
    {0x3fff000000000000ull, 0}, {0xbfff000000000000ull, 0},       /* +-1 */
    {0x3fff000000000000ull, 1}, {0x3ffeffffffffffffull, M},       /* 1+ulp, 1-ulp/2 */
    {0x4000000000000000ull, 0}, {0x3ffe000000000000ull, 0},       /* 2, 0.5 */
    {0x4000800000000000ull, 0}, {0x3fff800000000000ull, 0},       /* 3, 1.5 */
    {0x3ffd555555555555ull, 0x5555555555555555ull},               /* 1/3 */
    {0x401e000000000000ull, 0}, {0xc01e000000000000ull, 0},       /* +-2^31 */
    {0x401dfffffffc0000ull, 0}, {0x401f000000000000ull, 0},       /* 2^31-1, 2^32 */
    {0x401effffffff0000ull, 0}, {0xc01e000000020000ull, 0},       /* 2^32-1, -(2^31+1) */
    {0x403e000000000000ull, 0}, {0xc03e000000000000ull, 0},       /* +-2^63 */
    {0x403f000000000000ull, 0}, {0x403effffffffffffull, 0xffff000000000000ull}, /* 2^64, 2^64-1 */
    {0x403dffffffffffffull, 0xfffe000000000000ull},               /* 2^63-1 */
    {0x43feffffffffffffull, 0xf000000000000000ull},               /* DBL_MAX */
    {0x43feffffffffffffull, 0xf800000000000000ull},               /* DBL_MAX + ulp/2 */
    {0x43ff000000000000ull, 0},                                   /* 2^1024 */
    {0x3c01000000000000ull, 0}, {0x3bcd000000000000ull, 0},       /* DBL_MIN, DBL_TRUE_MIN */
    {0x3bcc000000000000ull, 0}, {0x3bcc000000000000ull, 1},       /* half of it, above */
    {0x407effffff000000ull, 0}, {0x407effffff800000ull, 0},       /* FLT_MAX, + ulp/2 */
    {0x3f81000000000000ull, 0}, {0x3f6a000000000000ull, 0},       /* FLT_MIN, FLT_TRUE_MIN */
    {0x3f69000000000000ull, 0}, {0x3f69000000000000ull, 1},
    {0x3fff000000000000ull, 0x0800000000000000ull},               /* 1 + double ulp/2 */
    {0x3fff000000000000ull, 0x1800000000000000ull},
    {0x3fff000000800000ull, 0}, {0x3fff000001800000ull, 0},       /* 1 + float ulp/2 (x1, x3) */
};
#define NQS (sizeof qspecial / sizeof qspecial[0])

static bits with_exp(bits b, int e) {
  b.hi = (b.hi & 0x8000ffffffffffffull) | (uint64_t)(e & 0x7fff) << 48;
  return b;
}
static int exp_of(bits b) { return (int)(b.hi >> 48) & 0x7fff; }

/* Random quads biased toward hard cases. */
static bits rquad(void) {
  uint64_t r = rnd();
  bits b = {rnd(), rnd()};
  switch (r & 15) {
  case 0: return qspecial[(r >> 8) % NQS];
  case 1: b.hi &= 0x8000ffffffffffffull; return b;                           /* subnormal */
  case 2: return with_exp(b, 0x3fff - (int)((r >> 8) & 3));                  /* near 1 */
  case 3: { /* neighbours of the special values */
    bits s = qspecial[(r >> 8) % NQS];
    uint64_t d = (r >> 16) & 3;
    if (d == 0) s.hi -= s.lo == 0, s.lo--;
    else if (d == 1) s.lo++, s.hi += s.lo == 0;
    return s;
  }
  case 4: case 5: { /* short significands: exact products and ties */
    int k = (int)((r >> 8) % 113); /* significand bits kept */
    b = with_exp(b, 0x3fff + (int)((r >> 16) % 64) - 32);
    if (k <= 48)
      b.hi &= ~((1ull << (48 - k)) - 1), b.lo = 0;
    else
      b.lo &= ~((1ull << (112 - k)) - 1);
    return b;
  }
  case 6: return with_exp(b, (r >> 8) & 1 ? 0x7ffe - (int)((r >> 9) & 3) : 1 + (int)((r >> 9) & 3));
  case 7: { /* doubles and floats, exactly or with a tail at the rounding point */
    int fl = (r >> 8) & 1, sh = fl ? 89 : 60;
    bits h;
    if (fl) h = qbits((q)bitsf((uint32_t)rnd()));
    else h = qbits((q)bitsd(rnd()));
    if (exp_of(h) == 0x7fff) return h;
    switch ((r >> 9) & 3) {
    case 0: break;
    case 1: /* exactly half an ulp */
      if (sh >= 64) h.hi |= 1ull << (sh - 65); else h.lo |= 1ull << (sh - 1);
      break;
    case 2: /* just above half */
      if (sh >= 64) h.hi |= 1ull << (sh - 65), h.lo |= 1; else h.lo |= (1ull << (sh - 1)) | 1;
      break;
    case 3: /* just below half */
      if (sh >= 64) h.hi |= (1ull << (sh - 65)) - 1, h.lo = M; else h.lo |= (1ull << (sh - 1)) - 1;
      break;
    }
    return h;
  }
  case 8: case 9: case 10: /* moderate exponents */
    return with_exp(b, 0x3fff + (int)((r >> 8) % 400) - 200);
  case 11: /* exponents near double's and float's limits */
    return with_exp(b, ((r >> 8) & 1 ? 0x3fff : 0x3fff - 1023 + 127) + ((r >> 9) & 1 ? 1023 : -1022) +
                           (int)((r >> 10) % 64) - 40);
  default: return b;
  }
}

static long fails, checks;
static void fail(const char *op, bits a, bits b, bits want, bits got) {
  if (++fails <= 30)
    printf("MISMATCH %s %016llx%016llx %016llx%016llx: want %016llx%016llx got %016llx%016llx\n",
           op, (unsigned long long)a.hi, (unsigned long long)a.lo, (unsigned long long)b.hi,
           (unsigned long long)b.lo, (unsigned long long)want.hi, (unsigned long long)want.lo,
           (unsigned long long)got.hi, (unsigned long long)got.lo);
}
static int qnan(bits x) {
  return (x.hi & 0x7fffffffffffffffull) > 0x7fff000000000000ull ||
         ((x.hi & 0x7fffffffffffffffull) == 0x7fff000000000000ull && x.lo);
}
static void chkq(const char *op, bits a, bits b, q want, q got) {
  bits w = qbits(want), g = qbits(got);
  checks++;
  if ((w.hi != g.hi || w.lo != g.lo) && !(qnan(w) && qnan(g)))
    fail(op, a, b, w, g);
}
static void chkd(const char *op, bits a, double want, double got) {
  uint64_t w = dbits(want), g = dbits(got);
  checks++;
  if (w != g && !(want != want && got != got))
    fail(op, a, a, (bits){0, w}, (bits){0, g});
}
static void chkf(const char *op, bits a, float want, float got) {
  uint32_t w = fbits(want), g = fbits(got);
  checks++;
  if (w != g && !(want != want && got != got))
    fail(op, a, a, (bits){0, w}, (bits){0, g});
}
static void chki(const char *op, bits a, bits b, int64_t want, int64_t got) {
  checks++;
  if (want != got)
    fail(op, a, b, (bits){0, (uint64_t)want}, (bits){0, (uint64_t)got});
}
static int sgn(int x) { return x < 0 ? -1 : x > 0; }

static void one(bits ua, bits ub) {
  volatile q a = bitsq(ua), b = bitsq(ub);
  chkq("add", ua, ub, a + b, t_addtf3(a, b));
  chkq("sub", ua, ub, a - b, t_subtf3(a, b));
  chkq("mul", ua, ub, a * b, t_multf3(a, b));
  chkq("div", ua, ub, a / b, t_divtf3(a, b));
  chkq("neg", ua, ub, -a, t_negtf2(a));
  int un = a != a || b != b;
  chki("eq", ua, ub, a == b, t_eqtf2(a, b) == 0);
  chki("ne", ua, ub, a != b, t_netf2(a, b) != 0);
  chki("lt", ua, ub, a < b, t_lttf2(a, b) < 0);
  chki("le", ua, ub, a <= b, t_letf2(a, b) <= 0);
  chki("gt", ua, ub, a > b, t_gttf2(a, b) > 0);
  chki("ge", ua, ub, a >= b, t_getf2(a, b) >= 0);
  chki("unord", ua, ub, un, t_unordtf2(a, b) != 0);
  if (!un) {
    chki("cmp3", ua, ub, (a > b) - (a < b), sgn(t_letf2(a, b)));
    chki("cmptf2", ua, ub, (a > b) - (a < b), sgn(t_cmptf2(a, b)));
  } else {
    chki("unord-conv", ua, ub, 1, t_eqtf2(a, b) > 0 && t_lttf2(a, b) > 0 && t_gttf2(a, b) < 0 &&
                                    t_getf2(a, b) < 0 && t_netf2(a, b) > 0 && t_letf2(a, b) > 0);
  }
  chkd("trunctfdf2", ua, (double)a, t_trunctfdf2(a));
  chkf("trunctfsf2", ua, (float)a, t_trunctfsf2(a));
  if (a > -2147483649.0Q && a < 2147483648.0Q)
    chki("fixtfsi", ua, ub, (int32_t)a, t_fixtfsi(a));
  if (a > -1.0Q && a < 4294967296.0Q)
    chki("fixunstfsi", ua, ub, (uint32_t)a, t_fixunstfsi(a));
  if (a > -9223372036854775809.0Q && a < 9223372036854775808.0Q)
    chki("fixtfdi", ua, ub, (int64_t)a, t_fixtfdi(a));
  if (a > -1.0Q && a < 18446744073709551616.0Q)
    chki("fixunstfdi", ua, ub, (int64_t)(uint64_t)a, (int64_t)t_fixunstfdi(a));
}

static q ref_powi(q a, int b) {
  unsigned n = b < 0 ? 0u - (unsigned)b : (unsigned)b;
  volatile q r = 1, x = a;
  for (;;) {
    if (n & 1)
      r = r * x;
    n >>= 1;
    if (!n)
      break;
    x = x * x;
  }
  return b < 0 ? 1 / r : r;
}

static uint64_t rint64(void) {
  uint64_t r = rnd();
  int n = (int)(rnd() % 65);
  return n == 64 ? r : r & ((1ull << n) - 1);
}

static uint32_t rfloat(void) {
  uint64_t r = rnd();
  uint32_t u = (uint32_t)(r >> 32);
  switch (r & 7) {
  case 0: return u & 0x807fffff;
  case 1: return (r >> 8) % 3 == 0 ? 0x7f800000u | (u & 0x80000000u) : (r >> 8) % 3 == 1 ? 0x7fc00000u | u : u & 0x80000000u;
  case 2: return (u & 0x807fffff) | 0x7f800000u; /* NaN or inf */
  default: return u;
  }
}
static uint64_t rdouble(void) {
  uint64_t r = rnd(), u = rnd();
  switch (r & 7) {
  case 0: return u & 0x800fffffffffffffull;
  case 1: return (r >> 8) % 3 == 0 ? 0x7ff0000000000000ull | (u & 0x8000000000000000ull)
                                  : u & 0x8000000000000000ull;
  case 2: return u | 0x7ff0000000000000ull;
  default: return u;
  }
}

static void one_conv(void) {
  uint64_t u = rint64();
  uint32_t w = (uint32_t)u;
  bits z = {0, u};
  chkq("floatsitf", z, z, (q)(int32_t)w, t_floatsitf((int32_t)w));
  chkq("floatunsitf", z, z, (q)w, t_floatunsitf(w));
  chkq("floatditf", z, z, (q)(int64_t)u, t_floatditf((int64_t)u));
  chkq("floatunditf", z, z, (q)u, t_floatunditf(u));
  volatile float f = bitsf(rfloat());
  volatile double d = bitsd(rdouble());
  bits fz = {0, fbits(f)}, dz = {0, dbits(d)};
  chkq("extendsftf2", fz, fz, (q)f, t_extendsftf2(f));
  chkq("extenddftf2", dz, dz, (q)d, t_extenddftf2(d));
}

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : QF_CASES;
  if (argc > 2)
    rs = strtoull(argv[2], 0, 0) | 1;
  for (unsigned i = 0; i < NQS; i++) /* every pair of special values */
    for (unsigned j = 0; j < NQS; j++)
      one(qspecial[i], qspecial[j]);
  for (long i = 0; i < n; i++) {
    bits a = rquad(), b = rquad();
    uint64_t r = rnd();
    switch (r & 7) {
    case 0: /* close exponents: cancellation and ties in add */
      b = with_exp(b, exp_of(a) + (int)((r >> 8) % 8) - 4);
      break;
    case 1: /* exponent differences around the significand width */
      b = with_exp(b, exp_of(a) - 100 - (int)((r >> 8) % 24));
      break;
    case 2: /* products and quotients at the underflow threshold */
      b = with_exp(b, ((r >> 8) & 1 ? 0x3fff - exp_of(a) : exp_of(a) - 0x3fff) + (int)((r >> 9) % 130) - 120);
      break;
    case 3: /* and at the overflow threshold */
      b = with_exp(b, ((r >> 8) & 1 ? 0x3fff + 0x7ffe - exp_of(a) : exp_of(a) - 0x7ffe + 0x3fff) + (int)((r >> 9) % 4) - 2);
      break;
    }
    if (exp_of(b) == 0x7fff && (r & 7) < 4)
      b = with_exp(b, 0x7ffe);
    one(a, b);
    one_conv();
    if ((i & 15) == 0) {
      bits c = rquad();
      if ((r >> 20) & 1)
        c = with_exp(c, 0x3fff - (int)((r >> 21) & 1));
      int k = (int)((r >> 24) % 81) - 40;
      chkq("powitf2", c, (bits){0, (uint64_t)k}, ref_powi(bitsq(c), k), t_powitf2(bitsq(c), k));
    }
  }
  /* saturation conventions (RISC-V fcvt style, as softfloat.c) */
  q nan = bitsq(qspecial[4]), inf = bitsq(qspecial[2]);
  int ok = t_fixtfsi(nan) == INT32_MAX && t_fixtfsi(-inf) == INT32_MIN && t_fixtfsi(inf) == INT32_MAX &&
           t_fixtfsi(3e9Q) == INT32_MAX && t_fixtfsi(-3e9Q) == INT32_MIN &&
           t_fixtfsi(-2147483648.9Q) == INT32_MIN && t_fixunstfsi(-5.0Q) == 0 &&
           t_fixunstfsi(-0.5Q) == 0 && t_fixunstfsi(1e10Q) == UINT32_MAX &&
           t_fixunstfsi(nan) == UINT32_MAX && t_fixtfdi(-1e30Q) == INT64_MIN &&
           t_fixtfdi(1e30Q) == INT64_MAX && t_fixtfdi(nan) == INT64_MAX &&
           t_fixunstfdi(1e30Q) == UINT64_MAX && t_fixunstfdi(-inf) == 0 &&
           t_fixunstfdi(nan) == UINT64_MAX;
  checks++;
  if (!ok)
    fails++, printf("MISMATCH saturation conventions\n");
  printf("softquad: %ld checks, %ld mismatches\n", checks, fails);
  return fails != 0;
}
