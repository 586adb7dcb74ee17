/* IEEE-754 binary floating point on integer bit patterns, round to nearest
 * even, for one format. Included by softfloat.c with these macros defined:
 *   REP      unsigned integer type of the format's width
 *   SREP     the signed type of the same width
 *   REP_BITS width (32 or 64)
 *   SIG_BITS stored significand bits (23 or 52)
 *   EXP_BITS exponent bits (8 or 11)
 *   FN(x)    prefixes a name with the format (f32_x or f64_x)
 *   SHL(x, n), SHR(x, n)  shifts of a REP by a variable 0 <= n < REP_BITS
 *   CLZ(x)   leading zero count of a REP (REP_BITS for 0)
 * and functions FN(wide_mul)(REP a, REP b, REP *hi, REP *lo) (full product)
 * and FN(div_sig)(REP a, REP b) (for b <= a < 2b, both with the leading one
 * at bit SIG_BITS or SIG_BITS+1: floor(a 2^(SIG_BITS+3) / b), with bit 0
 * ORed with 1 when the division is inexact).
 *
 * Working significands carry 3 extra low bits (guard, round, sticky): the
 * leading one of a normal working value is at bit SIG_BITS + 3. */

#define EXP_MAX ((1 << EXP_BITS) - 1)
#define BIAS (EXP_MAX >> 1)
#define SIGN_BIT ((REP)1 << (REP_BITS - 1))
#define ABS_MASK (SIGN_BIT - 1)
#define HIDDEN ((REP)1 << SIG_BITS)
#define SIG_MASK (HIDDEN - 1)
#define QUIET ((REP)1 << (SIG_BITS - 1))
#define INF_REP ((REP)EXP_MAX << SIG_BITS)
#define NAN_REP (INF_REP | QUIET)

/* x >> n, with every bit shifted out ORed into bit 0. */
static REP FN(shr_sticky)(REP x, int n) {
  if (n <= 0)
    return x;
  if (n >= REP_BITS)
    return x != 0;
  return SHR(x, n) | (SHL(x, REP_BITS - n) != 0);
}

static int FN(clz)(REP x) { return CLZ(x); }

/* Rounds the working significand m at biased exponent e and packs it.
 * m's leading one is at bit SIG_BITS + 3 when e > 1; at e == 1 it may be
 * lower (a subnormal result). e may be <= 0 (then the value is shifted into
 * the subnormal range) or >= EXP_MAX (overflow). */
static REP FN(round_pack)(REP sign, int e, REP m) {
  if (e >= EXP_MAX)
    return sign | INF_REP;
  if (e <= 0) {
    m = FN(shr_sticky)(m, 1 - e);
    e = 1;
  }
  unsigned rb = (unsigned)m & 7;
  m >>= 3;
  if (rb > 4 || (rb == 4 && (m & 1)))
    m++;
  /* The hidden bit adds one to the exponent field; a carry out of the
   * significand moves to the next binade or to infinity by itself. */
  return sign | (((REP)(e - 1) << SIG_BITS) + m);
}

/* Splits a finite non-zero |x| into a biased exponent and a significand with
 * its leading one at bit SIG_BITS (subnormals normalised, exponent <= 0). */
static void FN(unpack)(REP ax, int *e, REP *m) {
  int ex = (int)(ax >> SIG_BITS);
  REP sig = ax & SIG_MASK;
  if (ex) {
    *e = ex;
    *m = sig | HIDDEN;
  } else {
    int sh = FN(clz)(sig) - (REP_BITS - 1 - SIG_BITS);
    *e = 1 - sh;
    *m = SHL(sig, sh);
  }
}

static REP FN(add)(REP a, REP b) {
  REP aa = a & ABS_MASK, ab = b & ABS_MASK;
  if (aa > INF_REP || ab > INF_REP)
    return (aa > INF_REP ? a : b) | QUIET;
  if (aa == INF_REP)
    return ab == INF_REP && ((a ^ b) & SIGN_BIT) ? NAN_REP : a;
  if (ab == INF_REP)
    return b;
  if (aa < ab) {
    REP t = a;
    a = b;
    b = t;
    t = aa;
    aa = ab;
    ab = t;
  }
  if (ab == 0)
    return aa == 0 ? (a & b) : a;
  int ea = (int)(aa >> SIG_BITS), eb = (int)(ab >> SIG_BITS);
  REP ma = aa & SIG_MASK, mb = ab & SIG_MASK;
  if (ea)
    ma |= HIDDEN;
  else
    ea = 1;
  if (eb)
    mb |= HIDDEN;
  else
    eb = 1;
  ma <<= 3;
  mb = FN(shr_sticky)(mb << 3, ea - eb);
  REP sign = a & SIGN_BIT;
  if ((a ^ b) & SIGN_BIT) {
    ma -= mb;
    if (!ma)
      return 0;
    int sh = FN(clz)(ma) - (REP_BITS - 4 - SIG_BITS);
    if (sh > ea - 1)
      sh = ea - 1;
    if (sh > 0) {
      ma = SHL(ma, sh);
      ea -= sh;
    }
  } else {
    ma += mb;
    if (ma >> (SIG_BITS + 4)) {
      ma = (ma >> 1) | (ma & 1);
      ea++;
    }
  }
  return FN(round_pack)(sign, ea, ma);
}

static REP FN(mul)(REP a, REP b) {
  REP sign = (a ^ b) & SIGN_BIT;
  REP aa = a & ABS_MASK, ab = b & ABS_MASK;
  if (aa > INF_REP || ab > INF_REP)
    return (aa > INF_REP ? a : b) | QUIET;
  if (aa == INF_REP)
    return ab ? sign | INF_REP : NAN_REP;
  if (ab == INF_REP)
    return aa ? sign | INF_REP : NAN_REP;
  if (!aa || !ab)
    return sign;
  int ea, eb;
  REP ma, mb, hi, lo;
  FN(unpack)(aa, &ea, &ma);
  FN(unpack)(ab, &eb, &mb);
  /* ma << 4 times mb << (REP_BITS-1-SIG_BITS): the product's leading one
   * lands at bit SIG_BITS+3 (or +4) of the high word. */
  FN(wide_mul)(ma << 4, mb << (REP_BITS - 1 - SIG_BITS), &hi, &lo);
  REP m = hi | (lo != 0);
  int e = ea + eb - BIAS;
  if (m >> (SIG_BITS + 4)) {
    m = (m >> 1) | (m & 1);
    e++;
  }
  return FN(round_pack)(sign, e, m);
}

static REP FN(div)(REP a, REP b) {
  REP sign = (a ^ b) & SIGN_BIT;
  REP aa = a & ABS_MASK, ab = b & ABS_MASK;
  if (aa > INF_REP || ab > INF_REP)
    return (aa > INF_REP ? a : b) | QUIET;
  if (aa == INF_REP)
    return ab == INF_REP ? NAN_REP : sign | INF_REP;
  if (ab == INF_REP)
    return sign;
  if (!ab)
    return aa ? sign | INF_REP : NAN_REP;
  if (!aa)
    return sign;
  int ea, eb;
  REP ma, mb;
  FN(unpack)(aa, &ea, &ma);
  FN(unpack)(ab, &eb, &mb);
  int e = ea - eb + BIAS;
  if (ma < mb) {
    ma <<= 1;
    e--;
  }
  /* SIG_BITS + 4 quotient bits and the sticky bit */
  return FN(round_pack)(sign, e, FN(div_sig)(ma, mb));
}

/* -1 less, 0 equal, 1 greater, 2 unordered. */
static int FN(cmp)(REP a, REP b) {
  REP aa = a & ABS_MASK, ab = b & ABS_MASK;
  if (aa > INF_REP || ab > INF_REP)
    return 2;
  if (!(aa | ab))
    return 0;
  if (!(a & b & SIGN_BIT)) {
    /* at least one is non-negative: signed integer order is the float order */
    if ((SREP)a < (SREP)b)
      return -1;
    return a == b ? 0 : 1;
  }
  /* both negative: reversed */
  if ((SREP)a > (SREP)b)
    return -1;
  return a == b ? 0 : 1;
}

/* Converts sign and a 64-bit magnitude. */
static REP FN(from_u64)(REP sign, uint64_t u) {
  if (!u)
    return sign;
  int msb = 63 - clz64(u);
  int e = BIAS + msb;
  int sh = msb - (SIG_BITS + 3);
  REP m;
  if (sh > 0)
    m = (REP)shr_sticky64(u, sh);
  else
    m = SHL((REP)u, -sh);
  return FN(round_pack)(sign, e, m);
}

static REP FN(from_u32)(REP sign, uint32_t u) {
  if (!u)
    return sign;
  int msb = 31 - clz32(u);
  int e = BIAS + msb;
  int sh = msb - (SIG_BITS + 3);
  REP m;
  if (sh > 0) /* only for 32-bit formats */
    m = (REP)((u >> sh) | ((u << (32 - sh)) != 0));
  else
    m = SHL((REP)u, -sh);
  return FN(round_pack)(sign, e, m);
}

/* Truncates |a| to an integer of at most `bits` bits. Returns 0 and sets
 * *big when |a| >= 2^bits or a is NaN. */
static uint64_t FN(to_u64)(REP a, int bits, int *big) {
  REP aa = a & ABS_MASK;
  int e = (int)(aa >> SIG_BITS) - BIAS;
  *big = 0;
  if (aa > INF_REP || e >= bits) {
    *big = 1;
    return 0;
  }
  if (e < 0)
    return 0;
  uint64_t m = (uint64_t)((aa & SIG_MASK) | HIDDEN);
  return e >= SIG_BITS ? shl64(m, e - SIG_BITS) : shr64(m, SIG_BITS - e);
}

/* Conversions to integers truncate toward zero and saturate out of range
 * (NaN gives the maximum), like the RISC-V fcvt instructions. */
static int32_t FN(to_i32)(REP a) {
  int big;
  uint64_t v = FN(to_u64)(a, 32, &big);
  int neg = (a & SIGN_BIT) && (a & ABS_MASK) <= INF_REP;
  if (neg)
    return big || v > 0x80000000u ? INT32_MIN : (int32_t)(0 - (uint32_t)v);
  return big || v > 0x7fffffffu ? INT32_MAX : (int32_t)v;
}

static uint32_t FN(to_u32)(REP a) {
  int big;
  uint64_t v = FN(to_u64)(a, 32, &big);
  if ((a & SIGN_BIT) && (a & ABS_MASK) <= INF_REP)
    return 0;
  return big ? UINT32_MAX : (uint32_t)v;
}

static int64_t FN(to_i64)(REP a) {
  int big;
  uint64_t v = FN(to_u64)(a, 64, &big);
  int neg = (a & SIGN_BIT) && (a & ABS_MASK) <= INF_REP;
  if (neg)
    return big || v > 0x8000000000000000ull ? INT64_MIN : (int64_t)(0 - v);
  return big || v > 0x7fffffffffffffffull ? INT64_MAX : (int64_t)v;
}

static uint64_t FN(to_u64s)(REP a) {
  int big;
  uint64_t v = FN(to_u64)(a, 64, &big);
  if ((a & SIGN_BIT) && (a & ABS_MASK) <= INF_REP)
    return 0;
  return big ? UINT64_MAX : v;
}

#undef EXP_MAX
#undef BIAS
#undef SIGN_BIT
#undef ABS_MASK
#undef HIDDEN
#undef SIG_MASK
#undef QUIET
#undef INF_REP
#undef NAN_REP
