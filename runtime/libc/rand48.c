/* The POSIX 48-bit linear congruential family:
 * X(n+1) = (a X(n) + c) mod 2^48, a = 0x5DEECE66D, c = 0xB unless lcong48
 * changed them; X starts at 0 as in glibc when nothing seeds it. */
#include <stdint.h>
#include <stdlib.h>

static unsigned short x[3];
static uint64_t mult = 0x5DEECE66Dull;
static unsigned short addend = 0xB;

static uint64_t next(unsigned short s[3]) {
  uint64_t v = (uint64_t)s[0] | (uint64_t)s[1] << 16 | (uint64_t)s[2] << 32;
  v = (v * mult + addend) & 0xffffffffffffull;
  s[0] = (unsigned short)v;
  s[1] = (unsigned short)(v >> 16);
  s[2] = (unsigned short)(v >> 32);
  return v;
}

/* X / 2^48: exact in a double. */
double erand48(unsigned short s[3]) { return (double)next(s) * 0x1p-48; }
double drand48(void) { return erand48(x); }
long nrand48(unsigned short s[3]) { return (long)(next(s) >> 17); }
long lrand48(void) { return nrand48(x); }
long jrand48(unsigned short s[3]) { return (long)(int32_t)(uint32_t)(next(s) >> 16); }
long mrand48(void) { return jrand48(x); }

void srand48(long seed) {
  x[0] = 0x330E;
  x[1] = (unsigned short)seed;
  x[2] = (unsigned short)((unsigned long)seed >> 16);
  mult = 0x5DEECE66Dull;
  addend = 0xB;
}

unsigned short *seed48(unsigned short s[3]) {
  static unsigned short old[3];
  old[0] = x[0], old[1] = x[1], old[2] = x[2];
  x[0] = s[0], x[1] = s[1], x[2] = s[2];
  mult = 0x5DEECE66Dull;
  addend = 0xB;
  return old;
}

void lcong48(unsigned short p[7]) {
  x[0] = p[0], x[1] = p[1], x[2] = p[2];
  mult = (uint64_t)p[3] | (uint64_t)p[4] << 16 | (uint64_t)p[5] << 32;
  addend = p[6];
}
