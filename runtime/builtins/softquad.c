/* IEEE-754 binary128 (quad) in software: the compiler-rt `tf` builtins the
 * compiler calls for `long double`, which is IEEE quad on riscv32 ilp32 and
 * so on Valida. Round to nearest even; NaN, infinities and subnormals
 * handled, with the conventions of softfloat.c (a NaN operand comes back
 * quieted, invalid operations give the default NaN, conversions to integers
 * truncate and saturate, NaN giving the maximum).
 *
 * The functions have plain `long double` signatures and each compiler
 * applies its ABI: on riscv32 (and Valida) a `long double` argument is
 * passed by reference and a `long double` result through a hidden sret
 * pointer, exactly how the back ends call these libcalls.
 *
 * Operands are handled as bit patterns only, in two 64-bit halves whose
 * variable shifts are written on 32-bit words: no floating-point operation
 * appears here (it would call back into this file or softfloat.c).
 * RT_QUAD (default `long double`) lets the host check build this file with
 * gcc's __float128. */
#include <stdint.h>

#include "bits.h"

#ifndef RT_NAME
#define RT_NAME(n) __##n
#endif
#ifndef RT_QUAD
#define RT_QUAD long double
#endif
typedef RT_QUAD quad;

_Static_assert(sizeof(quad) == 16, "long double must be IEEE quad");

/* ---- 128-bit unsigned integers ------------------------------------------- */
typedef struct {
  uint64_t hi, lo;
} u128;

static u128 mk(uint64_t hi, uint64_t lo) {
  u128 r;
  r.hi = hi;
  r.lo = lo;
  return r;
}

static int is0(u128 x) { return !(x.hi | x.lo); }
static int lt128(u128 a, u128 b) { return a.hi < b.hi || (a.hi == b.hi && a.lo < b.lo); }

static u128 add128(u128 a, u128 b) {
  uint64_t lo = a.lo + b.lo;
  return mk(a.hi + b.hi + (lo < a.lo), lo);
}

static u128 sub128(u128 a, u128 b) { return mk(a.hi - b.hi - (a.lo < b.lo), a.lo - b.lo); }

/* 0 <= n < 128 */
static u128 shl128(u128 x, int n) {
  if (n >= 64)
    return mk(shl64(x.lo, n - 64), 0);
  if (!n)
    return x;
  return mk(shl64(x.hi, n) | shr64(x.lo, 64 - n), shl64(x.lo, n));
}

static u128 shr128(u128 x, int n) {
  if (n >= 64)
    return mk(0, shr64(x.hi, n - 64));
  if (!n)
    return x;
  return mk(shr64(x.hi, n), shr64(x.lo, n) | shl64(x.hi, 64 - n));
}

/* x >> n, with every bit shifted out ORed into bit 0 (any n). */
static u128 shr_sticky128(u128 x, int n) {
  if (n <= 0)
    return x;
  if (n >= 128)
    return mk(0, !is0(x));
  u128 r = shr128(x, n);
  r.lo |= !is0(shl128(x, 128 - n));
  return r;
}

/* one-bit right shift keeping the lost bit as sticky */
static u128 shr1_sticky(u128 x) { return mk(x.hi >> 1, (x.lo >> 1) | (x.hi << 63) | (x.lo & 1)); }

static int clz128(u128 x) { return x.hi ? clz64(x.hi) : 64 + clz64(x.lo); }

/* The high 128 bits of the 256-bit product a * b, bit 0 ORed with 1 when
 * the low 128 bits are not all zero. Schoolbook on 32-bit limbs. */
static u128 mul128_hi_sticky(u128 a, u128 b) {
  uint32_t x[4] = {(uint32_t)a.lo, (uint32_t)(a.lo >> 32), (uint32_t)a.hi, (uint32_t)(a.hi >> 32)};
  uint32_t y[4] = {(uint32_t)b.lo, (uint32_t)(b.lo >> 32), (uint32_t)b.hi, (uint32_t)(b.hi >> 32)};
  uint32_t r[8] = {0, 0, 0, 0, 0, 0, 0, 0};
  for (int i = 0; i < 4; i++) {
    uint32_t carry = 0;
    if (!x[i])
      continue;
    for (int j = 0; j < 4; j++) {
      uint64_t t = (uint64_t)x[i] * y[j] + r[i + j] + carry;
      r[i + j] = (uint32_t)t;
      carry = (uint32_t)(t >> 32);
    }
    r[i + 4] = carry;
  }
  u128 h = mk((uint64_t)r[7] << 32 | r[6], (uint64_t)r[5] << 32 | r[4]);
  h.lo |= (r[0] | r[1] | r[2] | r[3]) != 0;
  return h;
}

/* ---- the quad format ------------------------------------------------------
 * High half: sign (bit 63), biased exponent (bits 62..48), the top 48 of the
 * 112 stored significand bits; the low half holds the other 64. Working
 * significands carry 3 extra low bits (guard, round, sticky): the leading
 * one of a normal working value is at bit 115 (bit 51 of the high half). */
#define Q_EXP_MAX 0x7fff
#define Q_BIAS 16383
#define Q_SIGN 0x8000000000000000ull
#define Q_ABS 0x7fffffffffffffffull
#define Q_HIDDEN 0x0001000000000000ull
#define Q_SIG_MASK 0x0000ffffffffffffull
#define Q_QUIET 0x0000800000000000ull
#define Q_INF 0x7fff000000000000ull

static u128 q_abs(u128 x) { return mk(x.hi & Q_ABS, x.lo); }
static int q_isnan(u128 ax) { return ax.hi > Q_INF || (ax.hi == Q_INF && ax.lo); }
static int q_isinf(u128 ax) { return ax.hi == Q_INF && !ax.lo; }
static u128 q_nan(void) { return mk(Q_INF | Q_QUIET, 0); }
static u128 q_quiet(u128 x) { return mk(x.hi | Q_QUIET, x.lo); }

/* Rounds the working significand m at biased exponent e and packs it (see
 * round_pack in fp_template.h). sign is 0 or Q_SIGN. */
static u128 q_round_pack(uint64_t sign, int e, u128 m) {
  if (e >= Q_EXP_MAX)
    return mk(sign | Q_INF, 0);
  if (e <= 0) {
    m = shr_sticky128(m, 1 - e);
    e = 1;
  }
  unsigned rb = (unsigned)m.lo & 7;
  m = mk(m.hi >> 3, (m.lo >> 3) | (m.hi << 61));
  if (rb > 4 || (rb == 4 && (m.lo & 1)))
    m = add128(m, mk(0, 1));
  /* the hidden bit adds one to the exponent field; a carry out of the
   * significand moves to the next binade or to infinity by itself */
  return mk(sign | (((uint64_t)(e - 1) << 48) + m.hi), m.lo);
}

/* Splits a finite non-zero |x| into a biased exponent and a significand with
 * its leading one at bit 112 (subnormals normalised, exponent <= 0). */
static void q_unpack(u128 ax, int *e, u128 *m) {
  int ex = (int)(ax.hi >> 48);
  u128 sig = mk(ax.hi & Q_SIG_MASK, ax.lo);
  if (ex) {
    *e = ex;
    *m = mk(sig.hi | Q_HIDDEN, sig.lo);
  } else {
    int sh = clz128(sig) - 15;
    *e = 1 - sh;
    *m = shl128(sig, sh);
  }
}

static u128 q_add(u128 a, u128 b) {
  u128 aa = q_abs(a), ab = q_abs(b);
  if (q_isnan(aa) || q_isnan(ab))
    return q_quiet(q_isnan(aa) ? a : b);
  if (q_isinf(aa))
    return q_isinf(ab) && ((a.hi ^ b.hi) & Q_SIGN) ? q_nan() : a;
  if (q_isinf(ab))
    return b;
  if (lt128(aa, ab)) {
    u128 t = a;
    a = b;
    b = t;
    t = aa;
    aa = ab;
    ab = t;
  }
  if (is0(ab))
    return is0(aa) ? mk(a.hi & b.hi, 0) : a;
  int ea = (int)(aa.hi >> 48), eb = (int)(ab.hi >> 48);
  u128 ma = mk(aa.hi & Q_SIG_MASK, aa.lo), mb = mk(ab.hi & Q_SIG_MASK, ab.lo);
  if (ea)
    ma.hi |= Q_HIDDEN;
  else
    ea = 1;
  if (eb)
    mb.hi |= Q_HIDDEN;
  else
    eb = 1;
  ma = shl128(ma, 3);
  mb = shr_sticky128(shl128(mb, 3), ea - eb);
  uint64_t sign = a.hi & Q_SIGN;
  if ((a.hi ^ b.hi) & Q_SIGN) {
    ma = sub128(ma, mb);
    if (is0(ma))
      return mk(0, 0);
    int sh = clz128(ma) - 12;
    if (sh > ea - 1)
      sh = ea - 1;
    if (sh > 0) {
      ma = shl128(ma, sh);
      ea -= sh;
    }
  } else {
    ma = add128(ma, mb);
    if (ma.hi >> 52) {
      ma = shr1_sticky(ma);
      ea++;
    }
  }
  return q_round_pack(sign, ea, ma);
}

static u128 q_mul(u128 a, u128 b) {
  uint64_t sign = (a.hi ^ b.hi) & Q_SIGN;
  u128 aa = q_abs(a), ab = q_abs(b);
  if (q_isnan(aa) || q_isnan(ab))
    return q_quiet(q_isnan(aa) ? a : b);
  if (q_isinf(aa))
    return is0(ab) ? q_nan() : mk(sign | Q_INF, 0);
  if (q_isinf(ab))
    return is0(aa) ? q_nan() : mk(sign | Q_INF, 0);
  if (is0(aa) || is0(ab))
    return mk(sign, 0);
  int ea, eb;
  u128 ma, mb;
  q_unpack(aa, &ea, &ma);
  q_unpack(ab, &eb, &mb);
  /* (ma << 4) * (mb << 15): the product's leading one lands at bit 115 (or
   * 116) of the high 128 bits */
  u128 m = mul128_hi_sticky(shl128(ma, 4), shl128(mb, 15));
  int e = ea + eb - Q_BIAS;
  if (m.hi >> 52) {
    m = shr1_sticky(m);
    e++;
  }
  return q_round_pack(sign, e, m);
}

/* b * d for d < 2^32 (the product must fit in 128 bits) */
static u128 mul128_small(u128 b, uint32_t d) {
  uint64_t p0 = (uint64_t)(uint32_t)b.lo * d;
  uint64_t p1 = (uint64_t)(uint32_t)(b.lo >> 32) * d + (p0 >> 32);
  uint64_t p2 = (uint64_t)(uint32_t)b.hi * d + (p1 >> 32);
  uint64_t p3 = (uint64_t)(uint32_t)(b.hi >> 32) * d + (p2 >> 32);
  return mk(p3 << 32 | (uint32_t)p2, p1 << 32 | (uint32_t)p0);
}

/* floor(a 2^115 / b) for b <= a < 2b, b with its leading one at bit 112,
 * with bit 0 ORed with 1 when inexact. The quotient comes in 15-bit chunks
 * (7 x 15 + 10 = 115 bits after the leading one): each chunk is estimated by
 * a 32-bit division of the remainder's top bits by b's top 16 bits plus one
 * (never too big, at most 3 too small) and then corrected exactly. */
static u128 q_div_sig(u128 a, u128 b) {
  u128 r = sub128(a, b), q = mk(0, 1); /* the leading quotient bit is 1 */
  uint32_t top = (uint32_t)(b.hi >> 33) + 1; /* b >> 97, in (2^15, 2^16] */
  for (int i = 0; i < 8; i++) {
    int c = i < 7 ? 15 : 10;
    r = shl128(r, c); /* r < b 2^c < 2^128 */
    q = shl128(q, c);
    uint32_t d = (uint32_t)(r.hi >> 33) / top; /* (r >> 97) / top < 2^15 */
    r = sub128(r, mul128_small(b, d));
    while (!lt128(r, b)) {
      r = sub128(r, b);
      d++;
    }
    q.lo |= d;
  }
  q.lo |= !is0(r);
  return q;
}

static u128 q_div(u128 a, u128 b) {
  uint64_t sign = (a.hi ^ b.hi) & Q_SIGN;
  u128 aa = q_abs(a), ab = q_abs(b);
  if (q_isnan(aa) || q_isnan(ab))
    return q_quiet(q_isnan(aa) ? a : b);
  if (q_isinf(aa))
    return q_isinf(ab) ? q_nan() : mk(sign | Q_INF, 0);
  if (q_isinf(ab))
    return mk(sign, 0);
  if (is0(ab))
    return is0(aa) ? q_nan() : mk(sign | Q_INF, 0);
  if (is0(aa))
    return mk(sign, 0);
  int ea, eb;
  u128 ma, mb;
  q_unpack(aa, &ea, &ma);
  q_unpack(ab, &eb, &mb);
  int e = ea - eb + Q_BIAS;
  if (lt128(ma, mb)) {
    ma = shl128(ma, 1);
    e--;
  }
  return q_round_pack(sign, e, q_div_sig(ma, mb));
}

/* -1 less, 0 equal, 1 greater, 2 unordered. */
static int q_cmp(u128 a, u128 b) {
  u128 aa = q_abs(a), ab = q_abs(b);
  if (q_isnan(aa) || q_isnan(ab))
    return 2;
  if (is0(aa) && is0(ab))
    return 0;
  if (a.hi == b.hi && a.lo == b.lo)
    return 0;
  int less = (int64_t)a.hi < (int64_t)b.hi || (a.hi == b.hi && a.lo < b.lo);
  if (a.hi & b.hi & Q_SIGN) /* both negative: the order is reversed */
    less = !less;
  return less ? -1 : 1;
}

/* sign and a 64-bit magnitude: always exact */
static u128 q_from_u64(uint64_t sign, uint64_t u) {
  if (!u)
    return mk(sign, 0);
  int msb = 63 - clz64(u);
  u128 m = shl128(mk(0, u), 112 - msb);
  return mk(sign | (uint64_t)(Q_BIAS + msb) << 48 | (m.hi & Q_SIG_MASK), m.lo);
}

/* Truncates |a| to an integer of at most `bits` (<= 64) bits. Returns 0 and
 * sets *big when |a| >= 2^bits or a is NaN. */
static uint64_t q_to_u64(u128 a, int bits, int *big) {
  u128 aa = q_abs(a);
  int e = (int)(aa.hi >> 48) - Q_BIAS;
  *big = 0;
  if (q_isnan(aa) || e >= bits) {
    *big = 1;
    return 0;
  }
  if (e < 0)
    return 0;
  return shr128(mk((aa.hi & Q_SIG_MASK) | Q_HIDDEN, aa.lo), 112 - e).lo;
}

static int q_neg_num(u128 a) { return (a.hi & Q_SIGN) && !q_isnan(q_abs(a)); }

/* Rounds a working significand m (leading one at bit sig_bits + 3) at
 * biased exponent e into a narrower format; sign already in place. */
static uint64_t narrow_round_pack(uint64_t sign, int e, uint64_t m, int sig_bits, int exp_max) {
  if (e >= exp_max)
    return sign | shl64((uint64_t)exp_max, sig_bits);
  if (e <= 0) {
    m = shr_sticky64(m, 1 - e);
    e = 1;
  }
  unsigned rb = (unsigned)m & 7;
  m >>= 3;
  if (rb > 4 || (rb == 4 && (m & 1)))
    m++;
  return sign | (shl64((uint64_t)(e - 1), sig_bits) + m);
}

/* ---- bit casts ----------------------------------------------------------- */
typedef union {
  quad f;
  uint64_t u[2]; /* little endian: u[0] low, u[1] high (sign) */
} qbits;

static u128 qb(quad f) {
  qbits x;
  x.f = f;
  return mk(x.u[1], x.u[0]);
}
static quad bq(u128 v) {
  qbits x;
  x.u[0] = v.lo;
  x.u[1] = v.hi;
  return x.f;
}

/* ---- arithmetic ---------------------------------------------------------- */
quad RT_NAME(addtf3)(quad a, quad b) { return bq(q_add(qb(a), qb(b))); }
quad RT_NAME(subtf3)(quad a, quad b) {
  u128 y = qb(b);
  y.hi ^= Q_SIGN;
  return bq(q_add(qb(a), y));
}
quad RT_NAME(multf3)(quad a, quad b) { return bq(q_mul(qb(a), qb(b))); }
quad RT_NAME(divtf3)(quad a, quad b) { return bq(q_div(qb(a), qb(b))); }
quad RT_NAME(negtf2)(quad a) {
  u128 x = qb(a);
  x.hi ^= Q_SIGN;
  return bq(x);
}

/* x^n by repeated squaring, as compiler-rt's __powitf2 (what
 * __builtin_powil calls). */
quad RT_NAME(powitf2)(quad a, int b) {
  unsigned n = b < 0 ? 0u - (unsigned)b : (unsigned)b;
  u128 x = qb(a), r = mk((uint64_t)Q_BIAS << 48, 0);
  for (;;) {
    if (n & 1)
      r = q_mul(r, x);
    n >>= 1;
    if (!n)
      break;
    x = q_mul(x, x);
  }
  return bq(b < 0 ? q_div(mk((uint64_t)Q_BIAS << 48, 0), r) : r);
}

/* ---- comparisons (compiler-rt return conventions, as softfloat.c) -------- */
static int le_result(int c) { return c == 2 ? 1 : c; }
static int ge_result(int c) { return c == 2 ? -1 : c; }

int RT_NAME(eqtf2)(quad a, quad b) { return le_result(q_cmp(qb(a), qb(b))); }
int RT_NAME(netf2)(quad a, quad b) { return le_result(q_cmp(qb(a), qb(b))); }
int RT_NAME(lttf2)(quad a, quad b) { return le_result(q_cmp(qb(a), qb(b))); }
int RT_NAME(letf2)(quad a, quad b) { return le_result(q_cmp(qb(a), qb(b))); }
int RT_NAME(cmptf2)(quad a, quad b) { return le_result(q_cmp(qb(a), qb(b))); }
int RT_NAME(gttf2)(quad a, quad b) { return ge_result(q_cmp(qb(a), qb(b))); }
int RT_NAME(getf2)(quad a, quad b) { return ge_result(q_cmp(qb(a), qb(b))); }
int RT_NAME(unordtf2)(quad a, quad b) { return q_cmp(qb(a), qb(b)) == 2; }

/* ---- integer to quad (exact) --------------------------------------------- */
quad RT_NAME(floatsitf)(int32_t i) {
  return bq(i < 0 ? q_from_u64(Q_SIGN, 0 - (uint32_t)i) : q_from_u64(0, (uint32_t)i));
}
quad RT_NAME(floatunsitf)(uint32_t i) { return bq(q_from_u64(0, i)); }
quad RT_NAME(floatditf)(int64_t i) {
  return bq(i < 0 ? q_from_u64(Q_SIGN, 0 - (uint64_t)i) : q_from_u64(0, (uint64_t)i));
}
quad RT_NAME(floatunditf)(uint64_t i) { return bq(q_from_u64(0, i)); }

/* ---- quad to integer (truncating, saturating; NaN gives the maximum) ----- */
int32_t RT_NAME(fixtfsi)(quad f) {
  u128 a = qb(f);
  int big;
  uint64_t v = q_to_u64(a, 32, &big);
  if (q_neg_num(a))
    return big || v > 0x80000000u ? INT32_MIN : (int32_t)(0 - (uint32_t)v);
  return big || v > 0x7fffffffu ? INT32_MAX : (int32_t)v;
}

uint32_t RT_NAME(fixunstfsi)(quad f) {
  u128 a = qb(f);
  int big;
  uint64_t v = q_to_u64(a, 32, &big);
  if (q_neg_num(a))
    return 0;
  return big ? UINT32_MAX : (uint32_t)v;
}

int64_t RT_NAME(fixtfdi)(quad f) {
  u128 a = qb(f);
  int big;
  uint64_t v = q_to_u64(a, 64, &big);
  if (q_neg_num(a))
    return big || v > 0x8000000000000000ull ? INT64_MIN : (int64_t)(0 - v);
  return big || v > 0x7fffffffffffffffull ? INT64_MAX : (int64_t)v;
}

uint64_t RT_NAME(fixunstfdi)(quad f) {
  u128 a = qb(f);
  int big;
  uint64_t v = q_to_u64(a, 64, &big);
  if (q_neg_num(a))
    return 0;
  return big ? UINT64_MAX : v;
}

/* ---- float/double <-> quad ------------------------------------------------ */
quad RT_NAME(extendsftf2)(float f) {
  uint32_t a = fb(f);
  uint64_t sign = (uint64_t)(a >> 31) << 63;
  uint32_t aa = a & 0x7fffffffu;
  if (aa >= 0x7f800000u) /* inf, NaN (payload kept, made quiet) */
    return bq(mk(sign | Q_INF | (uint64_t)(aa & 0x7fffff) << 25 | (aa > 0x7f800000u ? Q_QUIET : 0),
                 0));
  if (!aa)
    return bq(mk(sign, 0));
  int e = (int)(aa >> 23);
  uint32_t m = aa & 0x7fffff;
  if (!e) { /* subnormal: normalise */
    int sh = clz32(m) - 8;
    m = (m << sh) & 0x7fffff;
    e = 1 - sh;
  }
  /* 23 fraction bits become the top of the 48 in the high half */
  return bq(mk(sign | (uint64_t)(e - 127 + Q_BIAS) << 48 | (uint64_t)m << 25, 0));
}

quad RT_NAME(extenddftf2)(double d) {
  uint64_t a = db(d);
  uint64_t sign = a & Q_SIGN, aa = a & Q_ABS;
  uint64_t frac = aa & 0xfffffffffffffull;
  if (aa >= 0x7ff0000000000000ull)
    return bq(mk(sign | Q_INF | frac >> 4 | (aa > 0x7ff0000000000000ull ? Q_QUIET : 0), frac << 60));
  if (!aa)
    return bq(mk(sign, 0));
  int e = (int)(aa >> 52);
  if (!e) {
    int sh = clz64(frac) - 11;
    frac = shl64(frac, sh) & 0xfffffffffffffull;
    e = 1 - sh;
  }
  /* 52 fraction bits: the top 48 in the high half, 4 more at the top of the low */
  return bq(mk(sign | (uint64_t)(e - 1023 + Q_BIAS) << 48 | frac >> 4, frac << 60));
}

double RT_NAME(trunctfdf2)(quad f) {
  u128 a = qb(f), aa = q_abs(a);
  uint64_t sign = a.hi & Q_SIGN;
  if (q_isnan(aa))
    return bd(sign | 0x7ff8000000000000ull | (((aa.hi << 4) | (aa.lo >> 60)) & 0xfffffffffffffull));
  if (q_isinf(aa))
    return bd(sign | 0x7ff0000000000000ull);
  int e = (int)(aa.hi >> 48);
  if (!e) /* zero or quad subnormal: far below double's range */
    return bd(is0(aa) ? sign : narrow_round_pack(sign, -200, 1, 52, 0x7ff));
  /* leading one from bit 112 to bit 55 */
  uint64_t m = shr_sticky128(mk((aa.hi & Q_SIG_MASK) | Q_HIDDEN, aa.lo), 57).lo;
  return bd(narrow_round_pack(sign, e - Q_BIAS + 1023, m, 52, 0x7ff));
}

float RT_NAME(trunctfsf2)(quad f) {
  u128 a = qb(f), aa = q_abs(a);
  uint32_t sign = (uint32_t)(a.hi >> 63) << 31;
  if (q_isnan(aa))
    return bf(sign | 0x7fc00000u | (uint32_t)((aa.hi >> 25) & 0x7fffff));
  if (q_isinf(aa))
    return bf(sign | 0x7f800000u);
  int e = (int)(aa.hi >> 48);
  if (!e)
    return bf(is0(aa) ? sign : (uint32_t)narrow_round_pack(sign, -200, 1, 23, 0xff));
  /* leading one from bit 112 to bit 26 */
  uint64_t m = shr_sticky128(mk((aa.hi & Q_SIG_MASK) | Q_HIDDEN, aa.lo), 86).lo;
  return bf((uint32_t)narrow_round_pack(sign, e - Q_BIAS + 127, m, 23, 0xff));
}
