/* IEEE-754 single and double precision in software, with the compiler-rt
 * names and calling conventions the compiler uses for float and double when
 * the target has no floating-point unit. Round to nearest even; NaN,
 * infinities and subnormals handled. Operands are handled as bit patterns
 * only: no floating-point operation appears here (it would call back into
 * this file). */
#include <stdint.h>

#include "bits.h"

#ifndef RT_NAME
#define RT_NAME(n) __##n
#endif


/* ---- single precision -------------------------------------------------- */
#define REP uint32_t
#define SREP int32_t
#define REP_BITS 32
#define SIG_BITS 23
#define EXP_BITS 8
#define FN(x) f32_##x
#define SHL(x, n) ((x) << (n))
#define SHR(x, n) ((x) >> (n))
#define CLZ(x) clz32(x)

static void f32_wide_mul(uint32_t a, uint32_t b, uint32_t *hi, uint32_t *lo) {
  uint64_t p = (uint64_t)a * b;
  *hi = (uint32_t)(p >> 32);
  *lo = (uint32_t)p;
}

/* Quotient by 32-bit divisions in 7- and 6-bit chunks: a < 2^25, b < 2^24. */
static uint32_t f32_div_sig(uint32_t a, uint32_t b) {
  uint32_t r = a - b, q = 1; /* the leading quotient bit is 1 */
  static const int chunk[4] = {7, 7, 6, 6};
  for (int i = 0; i < 4; i++) {
    r <<= chunk[i]; /* r < b < 2^24, so r < 2^31 */
    uint32_t d = r / b;
    r -= d * b;
    q = (q << chunk[i]) | d;
  }
  return q | (r != 0);
}

#include "fp_template.h"
#undef REP
#undef SREP
#undef REP_BITS
#undef SIG_BITS
#undef EXP_BITS
#undef FN
#undef SHL
#undef SHR
#undef CLZ

/* ---- double precision -------------------------------------------------- */
#define REP uint64_t
#define SREP int64_t
#define REP_BITS 64
#define SIG_BITS 52
#define EXP_BITS 11
#define FN(x) f64_##x
#define SHL(x, n) shl64(x, n)
#define SHR(x, n) shr64(x, n)
#define CLZ(x) clz64(x)

static void f64_wide_mul(uint64_t a, uint64_t b, uint64_t *hi, uint64_t *lo) {
  uint32_t a0 = (uint32_t)a, a1 = (uint32_t)(a >> 32);
  uint32_t b0 = (uint32_t)b, b1 = (uint32_t)(b >> 32);
  uint64_t p00 = (uint64_t)a0 * b0, p01 = (uint64_t)a0 * b1;
  uint64_t p10 = (uint64_t)a1 * b0, p11 = (uint64_t)a1 * b1;
  uint64_t mid = (p00 >> 32) + (uint32_t)p01 + (uint32_t)p10;
  *lo = (mid << 32) | (uint32_t)p00;
  *hi = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32);
}

/* Quotient in 10-bit chunks (a < 2^54, b < 2^53 with its top bit at 52):
 * each chunk is estimated with a 32-bit division of the top bits (never too
 * big, at most a few too small) and then corrected exactly. */
static uint64_t f64_div_sig(uint64_t a, uint64_t b) {
  uint64_t r = a - b, q = 1;
  uint32_t bh = (uint32_t)(b >> 32), bl = (uint32_t)b;
  uint32_t top = (uint32_t)(b >> 37) + 1; /* in (2^15, 2^16] */
  static const int chunk[6] = {10, 10, 10, 10, 10, 5};
  for (int i = 0; i < 6; i++) {
    int c = chunk[i];
    r = c == 10 ? r << 10 : r << 5; /* r < b < 2^53, so r < 2^63 */
    uint32_t d = (uint32_t)(r >> 37) / top;
    /* r -= d * b, with d < 2^11 */
    r -= (uint64_t)bl * d + ((uint64_t)(bh * d) << 32);
    while (r >= b) {
      r -= b;
      d++;
    }
    q = (c == 10 ? q << 10 : q << 5) | d;
  }
  return q | (r != 0);
}

#include "fp_template.h"

/* ---- arithmetic ---------------------------------------------------------- */
float RT_NAME(addsf3)(float a, float b) { return bf(f32_add(fb(a), fb(b))); }
float RT_NAME(subsf3)(float a, float b) { return bf(f32_add(fb(a), fb(b) ^ 0x80000000u)); }
float RT_NAME(mulsf3)(float a, float b) { return bf(f32_mul(fb(a), fb(b))); }
float RT_NAME(divsf3)(float a, float b) { return bf(f32_div(fb(a), fb(b))); }
float RT_NAME(negsf2)(float a) { return bf(fb(a) ^ 0x80000000u); }

double RT_NAME(adddf3)(double a, double b) { return bd(f64_add(db(a), db(b))); }
double RT_NAME(subdf3)(double a, double b) {
  return bd(f64_add(db(a), db(b) ^ 0x8000000000000000ull));
}
double RT_NAME(muldf3)(double a, double b) { return bd(f64_mul(db(a), db(b))); }
double RT_NAME(divdf3)(double a, double b) { return bd(f64_div(db(a), db(b))); }
double RT_NAME(negdf2)(double a) { return bd(db(a) ^ 0x8000000000000000ull); }

/* ---- comparisons (compiler-rt return conventions) -----------------------
 * eq/ne/lt/le return 0 when equal, <0 when less, >0 when greater or
 * unordered; ge/gt return -1 when unordered; unord returns 1 if either is NaN. */
static int le_result(int c) { return c == 2 ? 1 : c; }
static int ge_result(int c) { return c == 2 ? -1 : c; }

int RT_NAME(eqsf2)(float a, float b) { return le_result(f32_cmp(fb(a), fb(b))); }
int RT_NAME(nesf2)(float a, float b) { return le_result(f32_cmp(fb(a), fb(b))); }
int RT_NAME(ltsf2)(float a, float b) { return le_result(f32_cmp(fb(a), fb(b))); }
int RT_NAME(lesf2)(float a, float b) { return le_result(f32_cmp(fb(a), fb(b))); }
int RT_NAME(cmpsf2)(float a, float b) { return le_result(f32_cmp(fb(a), fb(b))); }
int RT_NAME(gtsf2)(float a, float b) { return ge_result(f32_cmp(fb(a), fb(b))); }
int RT_NAME(gesf2)(float a, float b) { return ge_result(f32_cmp(fb(a), fb(b))); }
int RT_NAME(unordsf2)(float a, float b) { return f32_cmp(fb(a), fb(b)) == 2; }

int RT_NAME(eqdf2)(double a, double b) { return le_result(f64_cmp(db(a), db(b))); }
int RT_NAME(nedf2)(double a, double b) { return le_result(f64_cmp(db(a), db(b))); }
int RT_NAME(ltdf2)(double a, double b) { return le_result(f64_cmp(db(a), db(b))); }
int RT_NAME(ledf2)(double a, double b) { return le_result(f64_cmp(db(a), db(b))); }
int RT_NAME(cmpdf2)(double a, double b) { return le_result(f64_cmp(db(a), db(b))); }
int RT_NAME(gtdf2)(double a, double b) { return ge_result(f64_cmp(db(a), db(b))); }
int RT_NAME(gedf2)(double a, double b) { return ge_result(f64_cmp(db(a), db(b))); }
int RT_NAME(unorddf2)(double a, double b) { return f64_cmp(db(a), db(b)) == 2; }

/* ---- integer to floating point ------------------------------------------- */
float RT_NAME(floatsisf)(int32_t i) {
  return bf(i < 0 ? f32_from_u32(0x80000000u, 0 - (uint32_t)i) : f32_from_u32(0, (uint32_t)i));
}
float RT_NAME(floatunsisf)(uint32_t i) { return bf(f32_from_u32(0, i)); }
float RT_NAME(floatdisf)(int64_t i) {
  return bf(i < 0 ? f32_from_u64(0x80000000u, 0 - (uint64_t)i) : f32_from_u64(0, (uint64_t)i));
}
float RT_NAME(floatundisf)(uint64_t i) { return bf(f32_from_u64(0, i)); }

double RT_NAME(floatsidf)(int32_t i) {
  return bd(i < 0 ? f64_from_u32(0x8000000000000000ull, 0 - (uint32_t)i)
                  : f64_from_u32(0, (uint32_t)i));
}
double RT_NAME(floatunsidf)(uint32_t i) { return bd(f64_from_u32(0, i)); }
double RT_NAME(floatdidf)(int64_t i) {
  return bd(i < 0 ? f64_from_u64(0x8000000000000000ull, 0 - (uint64_t)i)
                  : f64_from_u64(0, (uint64_t)i));
}
double RT_NAME(floatundidf)(uint64_t i) { return bd(f64_from_u64(0, i)); }

/* ---- floating point to integer (truncating, saturating) ------------------ */
int32_t RT_NAME(fixsfsi)(float a) { return f32_to_i32(fb(a)); }
uint32_t RT_NAME(fixunssfsi)(float a) { return f32_to_u32(fb(a)); }
int64_t RT_NAME(fixsfdi)(float a) { return f32_to_i64(fb(a)); }
uint64_t RT_NAME(fixunssfdi)(float a) { return f32_to_u64s(fb(a)); }
int32_t RT_NAME(fixdfsi)(double a) { return f64_to_i32(db(a)); }
uint32_t RT_NAME(fixunsdfsi)(double a) { return f64_to_u32(db(a)); }
int64_t RT_NAME(fixdfdi)(double a) { return f64_to_i64(db(a)); }
uint64_t RT_NAME(fixunsdfdi)(double a) { return f64_to_u64s(db(a)); }

/* ---- float <-> double ---------------------------------------------------- */
double RT_NAME(extendsfdf2)(float f) {
  uint32_t a = fb(f);
  uint64_t sign = (uint64_t)(a >> 31) << 63;
  uint32_t aa = a & 0x7fffffffu;
  if (aa >= 0x7f800000u) /* inf, NaN (payload kept, made quiet) */
    return bd(sign | 0x7ff0000000000000ull | (uint64_t)(aa & 0x7fffff) << 29 |
              (aa > 0x7f800000u ? 0x0008000000000000ull : 0));
  if (!aa)
    return bd(sign);
  int e;
  uint32_t m;
  f32_unpack(aa, &e, &m); /* m has its leading one at bit 23 */
  return bd(sign | (uint64_t)(e - 127 + 1023) << 52 | (uint64_t)(m & 0x7fffff) << 29);
}

float RT_NAME(truncdfsf2)(double d) {
  uint64_t a = db(d);
  uint32_t sign = (uint32_t)(a >> 63) << 31;
  uint64_t aa = a & 0x7fffffffffffffffull;
  if (aa >= 0x7ff0000000000000ull) {
    if (aa == 0x7ff0000000000000ull)
      return bf(sign | 0x7f800000u);
    return bf(sign | 0x7fc00000u | (uint32_t)((aa >> 29) & 0x7fffff));
  }
  int e = (int)(aa >> 52);
  if (!e) /* zero or double subnormal: far below float's range */
    return bf(aa ? f32_round_pack(sign, -200, 1) : sign);
  uint64_t m = (aa & 0xfffffffffffffull) | 0x10000000000000ull;
  /* leading one from bit 52 to bit 26 */
  return bf(f32_round_pack(sign, e - 1023 + 127, (uint32_t)shr_sticky64(m, 26)));
}
