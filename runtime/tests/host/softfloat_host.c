/* Checks the soft-float builtins against the host's hardware floats.
 * Build: gcc -O2 -ffp-contract=off -frounding-math -I../.. -D'RT_NAME(n)=t_##n'
 *            softfloat_host.c ../../builtins/softfloat.c
 * Usage: softfloat_host [cases-per-op] [seed] */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef SF_CASES
#define SF_CASES 1000000
#endif

#define DECL2(r, n, t) r t_##n(t, t);
DECL2(float, addsf3, float) DECL2(float, subsf3, float) DECL2(float, mulsf3, float)
DECL2(float, divsf3, float) DECL2(double, adddf3, double) DECL2(double, subdf3, double)
DECL2(double, muldf3, double) DECL2(double, divdf3, double)
DECL2(int, eqsf2, float) DECL2(int, nesf2, float) DECL2(int, ltsf2, float)
DECL2(int, lesf2, float) DECL2(int, gtsf2, float) DECL2(int, gesf2, float)
DECL2(int, unordsf2, float) DECL2(int, eqdf2, double) DECL2(int, nedf2, double)
DECL2(int, ltdf2, double) DECL2(int, ledf2, double) DECL2(int, gtdf2, double)
DECL2(int, gedf2, double) DECL2(int, unorddf2, double)
float t_negsf2(float);
double t_negdf2(double);
float t_floatsisf(int32_t);
float t_floatunsisf(uint32_t);
float t_floatdisf(int64_t);
float t_floatundisf(uint64_t);
double t_floatsidf(int32_t);
double t_floatunsidf(uint32_t);
double t_floatdidf(int64_t);
double t_floatundidf(uint64_t);
int32_t t_fixsfsi(float);
uint32_t t_fixunssfsi(float);
int64_t t_fixsfdi(float);
uint64_t t_fixunssfdi(float);
int32_t t_fixdfsi(double);
uint32_t t_fixunsdfsi(double);
int64_t t_fixdfdi(double);
uint64_t t_fixunsdfdi(double);
double t_extendsfdf2(float);
float t_truncdfsf2(double);

static uint64_t rs = 88172645463325252ull;
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

static const uint32_t fspecial[] = {
    0, 0x80000000, 0x7f800000, 0xff800000, 0x7fc00000, 0xffc00000, 0x7f800001, 0x00000001,
    0x80000001, 0x007fffff, 0x00800000, 0x80800000, 0x7f7fffff, 0xff7fffff, 0x3f800000,
    0xbf800000, 0x3f800001, 0x3fffffff, 0x4b000000, 0x4b800000, 0x33800000, 0x34000000,
    0x4f000000, 0xcf000000, 0x5f000000, 0xdf000000, 0x4f800000, 0x5f800000, 0x3effffff,
    0x3f000000, 0x00400000, 0x40400000, 0x3eaaaaab};
static const uint64_t dspecial[] = {
    0, 0x8000000000000000ull, 0x7ff0000000000000ull, 0xfff0000000000000ull,
    0x7ff8000000000000ull, 0x7ff0000000000001ull, 0x0000000000000001ull,
    0x000fffffffffffffull, 0x0010000000000000ull, 0x7fefffffffffffffull, 0x3ff0000000000000ull,
    0xbff0000000000000ull, 0x3ff0000000000001ull, 0x4330000000000000ull,
    0x41e0000000000000ull, 0xc1e0000000000000ull, 0x43e0000000000000ull,
    0xc3e0000000000000ull, 0x41f0000000000000ull, 0x43f0000000000000ull,
    0x3fe0000000000000ull, 0x3fdfffffffffffffull, 0x36a0000000000000ull,
    0x3810000000000000ull, 0x47efffffe0000000ull, 0x47efffff00000000ull,
    0x3690000000000000ull, 0x380fffffffffffffull, 0x0008000000000000ull};
#define NFS (sizeof fspecial / sizeof fspecial[0])
#define NDS (sizeof dspecial / sizeof dspecial[0])

/* Random floats with a bias toward interesting exponents and bit runs. */
static uint32_t rfloat(void) {
  uint64_t r = rnd();
  switch (r & 7) {
  case 0: return fspecial[(r >> 8) % NFS];
  case 1: return (uint32_t)(r >> 32) & 0x807fffff;                     /* subnormal */
  case 2: return ((uint32_t)(r >> 32) & 0x80ffffff) | 0x3f000000;       /* near 1 */
  case 3: return fspecial[(r >> 8) % NFS] + (uint32_t)((r >> 16) & 3) - 1; /* neighbours */
  default: return (uint32_t)(r >> 32);
  }
}
static uint64_t rdouble(void) {
  uint64_t r = rnd();
  switch (r & 7) {
  case 0: return dspecial[(r >> 8) % NDS];
  case 1: return rnd() & 0x800fffffffffffffull;
  case 2: return (rnd() & 0x801fffffffffffffull) | 0x3fe0000000000000ull;
  case 3: return dspecial[(r >> 8) % NDS] + ((r >> 16) & 3) - 1;
  default: return rnd();
  }
}

static long fails, checks;
static void fail32(const char *op, uint32_t a, uint32_t b, uint32_t want, uint32_t got) {
  if (++fails <= 20)
    printf("MISMATCH %s %08x %08x: want %08x got %08x\n", op, a, b, want, got);
}
static void fail64(const char *op, uint64_t a, uint64_t b, uint64_t want, uint64_t got) {
  if (++fails <= 20)
    printf("MISMATCH %s %016llx %016llx: want %016llx got %016llx\n", op,
           (unsigned long long)a, (unsigned long long)b, (unsigned long long)want,
           (unsigned long long)got);
}
static int fnan(uint32_t x) { return (x & 0x7fffffff) > 0x7f800000; }
static int dnan(uint64_t x) { return (x & 0x7fffffffffffffffull) > 0x7ff0000000000000ull; }
static void chkf(const char *op, uint32_t a, uint32_t b, float want, float got) {
  uint32_t w = fbits(want), g = fbits(got);
  checks++;
  if (w != g && !(fnan(w) && fnan(g)))
    fail32(op, a, b, w, g);
}
static void chkd(const char *op, uint64_t a, uint64_t b, double want, double got) {
  uint64_t w = dbits(want), g = dbits(got);
  checks++;
  if (w != g && !(dnan(w) && dnan(g)))
    fail64(op, a, b, w, g);
}
static int sgn(int x) { return x < 0 ? -1 : x > 0; }
static void chki(const char *op, uint64_t a, uint64_t b, int want, int got) {
  checks++;
  if (want != got)
    fail64(op, a, b, (uint64_t)want, (uint64_t)got);
}

static void one_float(uint32_t ua, uint32_t ub) {
  volatile float a = bitsf(ua), b = bitsf(ub);
  chkf("add", ua, ub, a + b, t_addsf3(a, b));
  chkf("sub", ua, ub, a - b, t_subsf3(a, b));
  chkf("mul", ua, ub, a * b, t_mulsf3(a, b));
  chkf("div", ua, ub, a / b, t_divsf3(a, b));
  chkf("neg", ua, 0, -a, t_negsf2(a));
  chkd("extend", ua, 0, (double)a, t_extendsfdf2(a));
  int un = a != a || b != b;
  chki("eq", ua, ub, a == b, t_eqsf2(a, b) == 0);
  chki("ne", ua, ub, a != b, t_nesf2(a, b) != 0);
  chki("lt", ua, ub, a < b, t_ltsf2(a, b) < 0);
  chki("le", ua, ub, a <= b, t_lesf2(a, b) <= 0);
  chki("gt", ua, ub, a > b, t_gtsf2(a, b) > 0);
  chki("ge", ua, ub, a >= b, t_gesf2(a, b) >= 0);
  chki("unord", ua, ub, un, t_unordsf2(a, b) != 0);
  if (!un)
    chki("cmp3", ua, ub, (a > b) - (a < b), sgn(t_lesf2(a, b)));
  if (a > -2147483649.0f && a < 2147483648.0f)
    chki("fixsfsi", ua, 0, (int32_t)a, t_fixsfsi(a));
  if (a > -1.0f && a < 4294967296.0f)
    checks++, ((uint32_t)a != t_fixunssfsi(a) ? fail32("fixunssfsi", ua, 0, (uint32_t)a, t_fixunssfsi(a)) : (void)0);
  if (a > -9223372036854775809.0f && a < 9223372036854775808.0f)
    checks++, ((int64_t)a != t_fixsfdi(a) ? fail64("fixsfdi", ua, 0, (uint64_t)(int64_t)a, (uint64_t)t_fixsfdi(a)) : (void)0);
  if (a > -1.0f && a < 18446744073709551616.0f)
    checks++, ((uint64_t)a != t_fixunssfdi(a) ? fail64("fixunssfdi", ua, 0, (uint64_t)a, t_fixunssfdi(a)) : (void)0);
}

static void one_double(uint64_t ua, uint64_t ub) {
  volatile double a = bitsd(ua), b = bitsd(ub);
  chkd("dadd", ua, ub, a + b, t_adddf3(a, b));
  chkd("dsub", ua, ub, a - b, t_subdf3(a, b));
  chkd("dmul", ua, ub, a * b, t_muldf3(a, b));
  chkd("ddiv", ua, ub, a / b, t_divdf3(a, b));
  chkd("dneg", ua, 0, -a, t_negdf2(a));
  chkf("trunc", (uint32_t)(ua >> 32), (uint32_t)ua, (float)a, t_truncdfsf2(a));
  int un = a != a || b != b;
  chki("deq", ua, ub, a == b, t_eqdf2(a, b) == 0);
  chki("dne", ua, ub, a != b, t_nedf2(a, b) != 0);
  chki("dlt", ua, ub, a < b, t_ltdf2(a, b) < 0);
  chki("dle", ua, ub, a <= b, t_ledf2(a, b) <= 0);
  chki("dgt", ua, ub, a > b, t_gtdf2(a, b) > 0);
  chki("dge", ua, ub, a >= b, t_gedf2(a, b) >= 0);
  chki("dunord", ua, ub, un, t_unorddf2(a, b) != 0);
  if (!un)
    chki("dcmp3", ua, ub, (a > b) - (a < b), sgn(t_ledf2(a, b)));
  if (a > -2147483649.0 && a < 2147483648.0)
    chki("fixdfsi", ua, 0, (int32_t)a, t_fixdfsi(a));
  if (a > -1.0 && a < 4294967296.0)
    checks++, ((uint32_t)a != t_fixunsdfsi(a) ? fail32("fixunsdfsi", (uint32_t)(ua >> 32), 0, (uint32_t)a, t_fixunsdfsi(a)) : (void)0);
  if (a >= -9223372036854775808.0 && a < 9223372036854775808.0)
    checks++, ((int64_t)a != t_fixdfdi(a) ? fail64("fixdfdi", ua, 0, (uint64_t)(int64_t)a, (uint64_t)t_fixdfdi(a)) : (void)0);
  if (a > -1.0 && a < 18446744073709551616.0)
    checks++, ((uint64_t)a != t_fixunsdfdi(a) ? fail64("fixunsdfdi", ua, 0, (uint64_t)a, t_fixunsdfdi(a)) : (void)0);
}

static uint64_t rint64(void) {
  uint64_t r = rnd();
  int bits = (int)(rnd() % 65);
  return bits == 64 ? r : r & ((1ull << bits) - 1);
}

static void one_int(void) {
  uint64_t u = rint64();
  uint32_t w = (uint32_t)u;
  chkf("floatsisf", w, 0, (float)(int32_t)w, t_floatsisf((int32_t)w));
  chkf("floatunsisf", w, 0, (float)w, t_floatunsisf(w));
  chkf("floatdisf", (uint32_t)(u >> 32), w, (float)(int64_t)u, t_floatdisf((int64_t)u));
  chkf("floatundisf", (uint32_t)(u >> 32), w, (float)u, t_floatundisf(u));
  chkd("floatsidf", w, 0, (double)(int32_t)w, t_floatsidf((int32_t)w));
  chkd("floatunsidf", w, 0, (double)w, t_floatunsidf(w));
  chkd("floatdidf", u, 0, (double)(int64_t)u, t_floatdidf((int64_t)u));
  chkd("floatundidf", u, 0, (double)u, t_floatundidf(u));
}

int main(int argc, char **argv) {
  long n = argc > 1 ? atol(argv[1]) : SF_CASES;
  if (argc > 2)
    rs = strtoull(argv[2], 0, 0) | 1;
  /* every pair of special values */
  for (unsigned i = 0; i < NFS; i++)
    for (unsigned j = 0; j < NFS; j++)
      one_float(fspecial[i], fspecial[j]);
  for (unsigned i = 0; i < NDS; i++)
    for (unsigned j = 0; j < NDS; j++)
      one_double(dspecial[i], dspecial[j]);
  for (long i = 0; i < n; i++) {
    uint32_t a = rfloat(), b = rfloat();
    if ((rnd() & 3) == 0) /* close exponents: cancellation and ties */
      b = (b & 0x807fffff) | (a & 0x7f800000);
    one_float(a, b);
    uint64_t c = rdouble(), d = rdouble();
    if ((rnd() & 3) == 0)
      d = (d & 0x800fffffffffffffull) | (c & 0x7ff0000000000000ull);
    one_double(c, d);
    one_int();
  }
  /* saturation conventions (RISC-V fcvt style) */
  int ok = t_fixsfsi(bitsf(0x7fc00000)) == INT32_MAX && t_fixsfsi(bitsf(0xff800000)) == INT32_MIN &&
           t_fixsfsi(3e9f) == INT32_MAX && t_fixunssfsi(-5.0f) == 0 &&
           t_fixunsdfsi(1e10) == UINT32_MAX && t_fixdfdi(-1e30) == INT64_MIN &&
           t_fixunsdfdi(1e30) == UINT64_MAX && t_fixdfsi(-2147483648.0) == INT32_MIN;
  checks++;
  if (!ok)
    fails++, printf("MISMATCH saturation conventions\n");
  printf("softfloat: %ld checks, %ld mismatches\n", checks, fails);
  return fails != 0;
}
