/* A few math.h functions, on the bit patterns where that is exact:
 * fabs, copysign, floor, ceil, trunc, round, sqrt (correctly rounded), fmod
 * (exact), ldexp, frexp, fmin, fmax. (pow is in mathfn.c.) */
#include <math.h>
#include <stdint.h>

typedef union {
  double d;
  uint64_t u;
} dbits;

static uint64_t bits(double d) {
  dbits x;
  x.d = d;
  return x.u;
}
static double from_bits(uint64_t u) {
  dbits x;
  x.u = u;
  return x.d;
}

#define SIGN 0x8000000000000000ull
#define EXPM 0x7ff0000000000000ull
#define FRAC 0x000fffffffffffffull

double fabs(double x) { return from_bits(bits(x) & ~SIGN); }
float fabsf(float x) { return (float)fabs(x); }
double copysign(double x, double y) { return from_bits((bits(x) & ~SIGN) | (bits(y) & SIGN)); }

/* x with its fraction bits below the binary point cleared (toward zero). */
double trunc(double x) {
  uint64_t u = bits(x);
  int e = (int)((u >> 52) & 0x7ff) - 1023;
  if (e >= 52)
    return x;
  if (e < 0)
    return from_bits(u & SIGN);
  return from_bits(u & ~(FRAC >> e));
}

double floor(double x) {
  double t = trunc(x);
  return t != x && x < 0 ? t - 1.0 : t;
}

double ceil(double x) {
  double t = trunc(x);
  return t != x && x > 0 ? t + 1.0 : t;
}

double round(double x) {
  double t = trunc(x);
  double d = x - t; /* exact */
  if (d >= 0.5)
    return t + 1.0;
  if (d <= -0.5)
    return t - 1.0;
  return t;
}

float floorf(float x) { return (float)floor(x); }
float ceilf(float x) { return (float)ceil(x); }

/* Splits finite non-zero |x| into m (leading one at bit 52) and e with
 * |x| = m * 2^e. */
static void split(uint64_t u, uint64_t *m, int *e) {
  int ex = (int)((u >> 52) & 0x7ff);
  uint64_t f = u & FRAC;
  if (ex) {
    *m = f | (1ull << 52);
    *e = ex - 1075;
  } else {
    int s = 0;
    while (!(f & (1ull << 52))) {
      f <<= 1;
      s++;
    }
    *m = f;
    *e = -1074 - s;
  }
}

/* m * 2^e for m < 2^54 with the leading one at bit 52 or 53, rounded to
 * nearest even (m may carry one extra low bit and a sticky flag). */
static double make(uint64_t sign, uint64_t m, int e, int sticky) {
  /* normalise so the leading one is at bit 52 */
  while (m >= (1ull << 53)) {
    sticky |= (int)(m & 1);
    m >>= 1;
    e++;
  }
  int be = e + 1075;
  if (be >= 0x7ff)
    return from_bits(sign | EXPM);
  if (be <= 0) {
    int sh = 1 - be;
    uint64_t half, rest;
    if (sh > 54)
      return from_bits(sign);
    half = 1ull << (sh - 1);
    rest = m & ((half << 1) - 1);
    m >>= sh;
    if (rest > half || (rest == half && (sticky || (m & 1))))
      m++;
    return from_bits(sign | m);
  }
  return from_bits(sign | ((uint64_t)(be - 1) << 52) + m);
}

double sqrt(double x) {
  uint64_t u = bits(x);
  if ((u & ~SIGN) == 0)
    return x; /* +-0 */
  if (u & SIGN)
    return from_bits(EXPM | (1ull << 51)); /* NaN */
  if ((u & EXPM) == EXPM)
    return x; /* inf, NaN */
  uint64_t m;
  int e;
  split(u, &m, &e);
  if (e & 1) {
    m <<= 1;
    e--;
  }
  /* root of m * 2^58, bit pair by bit pair: 56 root bits */
  uint64_t q = 0, r = 0;
  for (int i = 0; i < 56; i++) {
    int b = 53 - 2 * i;
    uint64_t two = b >= 1 ? (m >> (b - 1)) & 3 : 0;
    r = (r << 2) | two;
    uint64_t t = (q << 2) | 1;
    q <<= 1;
    if (r >= t) {
      r -= t;
      q |= 1;
    }
  }
  /* q in [2^55, 2^56): value q * 2^((e-58)/2); round off 3 bits */
  int sticky = r != 0;
  uint64_t low = q & 7;
  q >>= 3;
  if (low > 4 || (low == 4 && (sticky || (q & 1))))
    q++;
  return make(0, q, (e - 58) / 2 + 3, 0);
}

float sqrtf(float x) { return (float)sqrt((double)x); }

double fmod(double x, double y) {
  uint64_t ux = bits(x), uy = bits(y);
  uint64_t sign = ux & SIGN;
  ux &= ~SIGN;
  uy &= ~SIGN;
  if (ux >= EXPM || uy > EXPM || uy == 0)
    return from_bits(EXPM | (1ull << 51));
  if (ux < uy)
    return x;
  uint64_t mx, my;
  int ex, ey;
  split(ux, &mx, &ex);
  split(uy, &my, &ey);
  for (; ex > ey; ex--) {
    if (mx >= my)
      mx -= my;
    mx <<= 1;
  }
  if (mx >= my)
    mx -= my;
  if (!mx)
    return from_bits(sign);
  while (!(mx & (1ull << 52))) {
    mx <<= 1;
    ey--;
  }
  return make(sign, mx, ey, 0);
}

double ldexp(double x, int n) {
  uint64_t u = bits(x);
  if ((u & ~SIGN) == 0 || (u & EXPM) == EXPM)
    return x;
  uint64_t m;
  int e;
  split(u & ~SIGN, &m, &e);
  if (n > 5000)
    n = 5000;
  if (n < -5000)
    n = -5000;
  return make(u & SIGN, m, e + n, 0);
}

double frexp(double x, int *e) {
  uint64_t u = bits(x);
  if ((u & ~SIGN) == 0 || (u & EXPM) == EXPM) {
    *e = 0;
    return x;
  }
  uint64_t m;
  int ex;
  split(u & ~SIGN, &m, &ex);
  *e = ex + 53;
  return from_bits((u & SIGN) | (1022ull << 52) | (m & FRAC));
}

double fmin(double a, double b) { return a != a ? b : b != b ? a : a < b ? a : b; }
double fmax(double a, double b) { return a != a ? b : b != b ? a : a > b ? a : b; }

