/* 64-bit integer helpers the compiler calls (compiler-rt names). Written with
 * 32-bit operations only, so that none of them can call itself: the Valida
 * back end lowers 64-bit multiply, divide and variable shifts to these. */
#include <stdint.h>

#include "bits.h"

typedef union {
  uint64_t all;
  struct {
    uint32_t lo, hi; /* little endian */
  } w;
} u64w;

#ifndef RT_NAME
#define RT_NAME(n) __##n
#endif

static int ctz32(uint32_t x) {
  int n = 0;
  if (!x)
    return 32;
  if (!(x & 0xffffu)) { n += 16; x >>= 16; }
  if (!(x & 0xffu)) { n += 8; x >>= 8; }
  if (!(x & 0xfu)) { n += 4; x >>= 4; }
  if (!(x & 0x3u)) { n += 2; x >>= 2; }
  if (!(x & 0x1u)) { n += 1; }
  return n;
}

/* Full 32x32 -> 64 product from 16-bit halves. */
static u64w mul32x32(uint32_t a, uint32_t b) {
  uint32_t a0 = a & 0xffff, a1 = a >> 16, b0 = b & 0xffff, b1 = b >> 16;
  uint32_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
  uint32_t mid = (p00 >> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  u64w r;
  r.w.lo = (mid << 16) | (p00 & 0xffff);
  r.w.hi = p11 + (p01 >> 16) + (p10 >> 16) + (mid >> 16);
  return r;
}

int64_t RT_NAME(muldi3)(int64_t a, int64_t b) {
  u64w x, y;
  x.all = (uint64_t)a;
  y.all = (uint64_t)b;
  u64w r = mul32x32(x.w.lo, y.w.lo);
  r.w.hi += x.w.lo * y.w.hi + x.w.hi * y.w.lo;
  return (int64_t)r.all;
}

int64_t RT_NAME(ashldi3)(int64_t a, int n) {
  u64w x, r;
  x.all = (uint64_t)a;
  n &= 63;
  if (n == 0)
    return a;
  if (n >= 32) {
    r.w.lo = 0;
    r.w.hi = x.w.lo << (n - 32);
  } else {
    r.w.lo = x.w.lo << n;
    r.w.hi = (x.w.hi << n) | (x.w.lo >> (32 - n));
  }
  return (int64_t)r.all;
}

uint64_t RT_NAME(lshrdi3)(uint64_t a, int n) {
  u64w x, r;
  x.all = a;
  n &= 63;
  if (n == 0)
    return a;
  if (n >= 32) {
    r.w.hi = 0;
    r.w.lo = x.w.hi >> (n - 32);
  } else {
    r.w.hi = x.w.hi >> n;
    r.w.lo = (x.w.lo >> n) | (x.w.hi << (32 - n));
  }
  return r.all;
}

int64_t RT_NAME(ashrdi3)(int64_t a, int n) {
  u64w x, r;
  x.all = (uint64_t)a;
  n &= 63;
  if (n == 0)
    return a;
  if (n >= 32) {
    r.w.hi = (uint32_t)((int32_t)x.w.hi >> 31);
    r.w.lo = (uint32_t)((int32_t)x.w.hi >> (n - 32));
  } else {
    r.w.hi = (uint32_t)((int32_t)x.w.hi >> n);
    r.w.lo = (x.w.lo >> n) | (x.w.hi << (32 - n));
  }
  return (int64_t)r.all;
}

/* Unsigned 64-bit division by shift and subtract on 32-bit halves.
 * Division by zero gives an all-ones quotient and the dividend as remainder
 * (the RISC-V rule). */
/* (hi:lo) / v for hi < v, so that the quotient fits in 32 bits: schoolbook
 * division in base 2^16 by the normalised divisor. Each quotient digit is
 * estimated from the divisor's top half with one 32-bit division and
 * corrected at most twice. The remainder goes to *rem when rem is not 0. */
static uint32_t div64by32(uint32_t hi, uint32_t lo, uint32_t v, uint32_t *rem) {
  int s = clz32(v);
  v <<= s;
  uint32_t vh = v >> 16, vl = v & 0xffff;
  uint32_t top = s ? (hi << s) | (lo >> (32 - s)) : hi;
  uint32_t low = lo << s;
  uint32_t d1 = low >> 16, d0 = low & 0xffff;

  uint32_t q1 = top / vh, r = top - q1 * vh;
  /* q1 * vl is only formed once q1 fits in 16 bits (no overflow). */
  while (q1 > 0xffff || q1 * vl > ((r << 16) | d1)) {
    q1--;
    r += vh;
    if (r > 0xffff)
      break;
  }
  /* The partial remainder is below v: computing it modulo 2^32 is exact. */
  uint32_t mid = ((top << 16) | d1) - q1 * v;
  uint32_t q0 = mid / vh;
  r = mid - q0 * vh;
  while (q0 > 0xffff || q0 * vl > ((r << 16) | d0)) {
    q0--;
    r += vh;
    if (r > 0xffff)
      break;
  }
  if (rem)
    *rem = (((mid << 16) | d0) - q0 * v) >> s;
  return (q1 << 16) | q0;
}

/* n - d on halves. */
static u64w sub64(u64w n, u64w d) {
  u64w r;
  r.w.lo = n.w.lo - d.w.lo;
  r.w.hi = n.w.hi - d.w.hi - (n.w.lo < d.w.lo);
  return r;
}

uint64_t RT_NAME(udivmoddi4)(uint64_t a, uint64_t b, uint64_t *rem) {
  u64w n, d, q;
  n.all = a;
  d.all = b;
  if (!d.w.hi) {
    if (!d.w.lo) {
      if (rem)
        *rem = a;
      return ~(uint64_t)0;
    }
    /* 32-bit divisor: at most two 64/32 steps (one when n.hi < d). */
    uint32_t rl;
    if (n.w.hi < d.w.lo) {
      q.w.hi = 0;
      q.w.lo = div64by32(n.w.hi, n.w.lo, d.w.lo, &rl);
    } else {
      q.w.hi = n.w.hi / d.w.lo;
      q.w.lo = div64by32(n.w.hi - q.w.hi * d.w.lo, n.w.lo, d.w.lo, &rl);
    }
    if (rem) {
      u64w r;
      r.w.hi = 0;
      r.w.lo = rl;
      *rem = r.all;
    }
    return q.all;
  }
  /* Divisor of 33 to 64 bits: the quotient fits in 32 bits. Divide n / 2 by
   * the divisor's top 32 bits (normalised): that estimate, scaled back, is
   * the quotient or one above it once decremented; one compare fixes it. */
  int s = clz32(d.w.hi);
  uint32_t v1 = s ? (d.w.hi << s) | (d.w.lo >> (32 - s)) : d.w.hi;
  uint32_t q1 = div64by32(n.w.hi >> 1, (n.w.lo >> 1) | (n.w.hi << 31), v1, 0);
  /* (q1 << s) >> 31 as a 64-bit shift that fits in 32 bits. */
  uint32_t q0 = ((s ? q1 >> (32 - s) : 0) << 1) | ((q1 << s) >> 31);
  if (q0)
    q0--;
  u64w p = mul32x32(q0, d.w.lo);
  p.w.hi += q0 * d.w.hi;
  u64w r = sub64(n, p);
  if (r.w.hi > d.w.hi || (r.w.hi == d.w.hi && r.w.lo >= d.w.lo)) {
    q0++;
    r = sub64(r, d);
  }
  if (rem)
    *rem = r.all;
  q.w.hi = 0;
  q.w.lo = q0;
  return q.all;
}

uint64_t RT_NAME(udivdi3)(uint64_t a, uint64_t b) { return RT_NAME(udivmoddi4)(a, b, 0); }

uint64_t RT_NAME(umoddi3)(uint64_t a, uint64_t b) {
  uint64_t r;
  RT_NAME(udivmoddi4)(a, b, &r);
  return r;
}

/* Negation on halves (a 64-bit "-x" would be fine too, but keep it explicit). */
static uint64_t neg64(uint64_t v) {
  u64w x;
  x.all = v;
  x.w.lo = ~x.w.lo + 1;
  x.w.hi = ~x.w.hi + (x.w.lo == 0);
  return x.all;
}

static int is_neg(int64_t v) {
  u64w x;
  x.all = (uint64_t)v;
  return (int32_t)x.w.hi < 0;
}

int64_t RT_NAME(divdi3)(int64_t a, int64_t b) {
  int na = is_neg(a), nb = is_neg(b);
  uint64_t q = RT_NAME(udivmoddi4)(na ? neg64((uint64_t)a) : (uint64_t)a,
                                   nb ? neg64((uint64_t)b) : (uint64_t)b, 0);
  return (int64_t)(na != nb ? neg64(q) : q);
}

int64_t RT_NAME(moddi3)(int64_t a, int64_t b) {
  int na = is_neg(a), nb = is_neg(b);
  uint64_t r;
  RT_NAME(udivmoddi4)(na ? neg64((uint64_t)a) : (uint64_t)a, nb ? neg64((uint64_t)b) : (uint64_t)b,
                      &r);
  return (int64_t)(na ? neg64(r) : r);
}

int64_t RT_NAME(divmoddi4)(int64_t a, int64_t b, int64_t *rem) {
  int64_t q = RT_NAME(divdi3)(a, b);
  *rem = RT_NAME(moddi3)(a, b);
  return q;
}

int64_t RT_NAME(negdi2)(int64_t a) { return (int64_t)neg64((uint64_t)a); }

/* Comparisons: 0 less, 1 equal, 2 greater. */
int RT_NAME(cmpdi2)(int64_t a, int64_t b) {
  u64w x, y;
  x.all = (uint64_t)a;
  y.all = (uint64_t)b;
  if ((int32_t)x.w.hi != (int32_t)y.w.hi)
    return (int32_t)x.w.hi < (int32_t)y.w.hi ? 0 : 2;
  if (x.w.lo != y.w.lo)
    return x.w.lo < y.w.lo ? 0 : 2;
  return 1;
}

int RT_NAME(ucmpdi2)(uint64_t a, uint64_t b) {
  u64w x, y;
  x.all = a;
  y.all = b;
  if (x.w.hi != y.w.hi)
    return x.w.hi < y.w.hi ? 0 : 2;
  if (x.w.lo != y.w.lo)
    return x.w.lo < y.w.lo ? 0 : 2;
  return 1;
}

/* Bit counting, in case the target turns ctlz/cttz/ctpop into calls. */
int RT_NAME(clzsi2)(uint32_t a) { return clz32(a); }
int RT_NAME(ctzsi2)(uint32_t a) { return ctz32(a); }

int RT_NAME(clzdi2)(uint64_t a) {
  u64w x;
  x.all = a;
  return x.w.hi ? clz32(x.w.hi) : 32 + clz32(x.w.lo);
}

int RT_NAME(ctzdi2)(uint64_t a) {
  u64w x;
  x.all = a;
  return x.w.lo ? ctz32(x.w.lo) : 32 + ctz32(x.w.hi);
}

int RT_NAME(popcountsi2)(uint32_t a) {
  a = a - ((a >> 1) & 0x55555555u);
  a = (a & 0x33333333u) + ((a >> 2) & 0x33333333u);
  a = (a + (a >> 4)) & 0x0f0f0f0fu;
  return (int)((a * 0x01010101u) >> 24);
}

int RT_NAME(popcountdi2)(uint64_t a) {
  u64w x;
  x.all = a;
  return RT_NAME(popcountsi2)(x.w.lo) + RT_NAME(popcountsi2)(x.w.hi);
}

uint32_t RT_NAME(bswapsi2)(uint32_t a) {
  return (a >> 24) | ((a >> 8) & 0xff00u) | ((a << 8) & 0xff0000u) | (a << 24);
}

uint64_t RT_NAME(bswapdi2)(uint64_t a) {
  u64w x, r;
  x.all = a;
  r.w.lo = RT_NAME(bswapsi2)(x.w.hi);
  r.w.hi = RT_NAME(bswapsi2)(x.w.lo);
  return r.all;
}
