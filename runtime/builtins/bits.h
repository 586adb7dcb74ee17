/* Bit helpers shared by the integer and soft-float builtins, on 32-bit
 * halves only: the 64-bit shifts here must not become calls of __ashldi3 and
 * __lshrdi3, which the back end would emit for a variable 64-bit shift. */
#ifndef VALIDA_RT_BITS_H
#define VALIDA_RT_BITS_H

#include <stdint.h>

static inline int clz32(uint32_t x) {
  int n = 0;
  if (!x)
    return 32;
  if (!(x & 0xffff0000u)) { n += 16; x <<= 16; }
  if (!(x & 0xff000000u)) { n += 8; x <<= 8; }
  if (!(x & 0xf0000000u)) { n += 4; x <<= 4; }
  if (!(x & 0xc0000000u)) { n += 2; x <<= 2; }
  if (!(x & 0x80000000u)) { n += 1; }
  return n;
}

static inline int clz64(uint64_t x) {
  uint32_t hi = (uint32_t)(x >> 32);
  return hi ? clz32(hi) : 32 + clz32((uint32_t)x);
}

/* Variable 64-bit shifts (0 <= n < 64) on 32-bit halves: a back end without
 * 64-bit shift instructions would otherwise call __ashldi3/__lshrdi3. */
static inline uint64_t shl64(uint64_t x, int n) {
  uint32_t lo = (uint32_t)x, hi = (uint32_t)(x >> 32);
  if (n >= 32) {
    hi = lo << (n - 32);
    lo = 0;
  } else if (n) {
    hi = (hi << n) | (lo >> (32 - n));
    lo <<= n;
  }
  return (uint64_t)hi << 32 | lo;
}

static inline uint64_t shr64(uint64_t x, int n) {
  uint32_t lo = (uint32_t)x, hi = (uint32_t)(x >> 32);
  if (n >= 32) {
    lo = hi >> (n - 32);
    hi = 0;
  } else if (n) {
    lo = (lo >> n) | (hi << (32 - n));
    hi >>= n;
  }
  return (uint64_t)hi << 32 | lo;
}

/* x >> n with every bit shifted out ORed into bit 0 (any n). */
static inline uint64_t shr_sticky64(uint64_t x, int n) {
  if (n <= 0)
    return x;
  if (n >= 64)
    return x != 0;
  return shr64(x, n) | (shl64(x, 64 - n) != 0);
}

/* The bit patterns of float and double, and back (plain copies, no
 * floating-point operation). */
typedef union {
  float f;
  uint32_t u;
} fbits;
typedef union {
  double f;
  uint64_t u;
} dbits;
static inline uint32_t fb(float f) {
  fbits x;
  x.f = f;
  return x.u;
}
static inline float bf(uint32_t u) {
  fbits x;
  x.u = u;
  return x.f;
}
static inline uint64_t db(double f) {
  dbits x;
  x.f = f;
  return x.u;
}
static inline double bd(uint64_t u) {
  dbits x;
  x.u = u;
  return x.f;
}

#endif
