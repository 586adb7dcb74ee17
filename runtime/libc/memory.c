/* mem* functions, built from provable instructions only (no MEMCPY: the
 * Valida v1.0 prover cannot prove it). Valida's word loads and stores need
 * 4-aligned addresses and every address costs an add, so the cost of a word
 * is its address arithmetic plus the access: each routine aligns once, then
 * runs an unrolled word loop bounded by an end pointer (one add and one
 * branch per iteration), and finishes byte by byte. Sources that are not
 * aligned like the destination are read as aligned words and shifted into
 * place. The loops are unrolled by hand and kept from further unrolling (code
 * size is proof cost too: the program table). Reading the rest of an aligned word beyond the last byte needed is
 * harmless on Valida (memory is a map; no faults). The same code is the
 * RV32IM runtime's, so that `valida-cc compare` compares like with like. */
#include <string.h>
#include <stdint.h>

typedef uint32_t __attribute__((may_alias)) word_t;

/* Copies of fewer bytes than this go byte by byte (aligning costs more). */
#define WORD_MIN 8

/* Forward copy. Safe for any overlap with d below s: every store lands
 * below the next source byte still to be read. */
static inline __attribute__((always_inline)) void
copy_forward(unsigned char *d, const unsigned char *s, size_t n) {
  if (n < WORD_MIN) {
    /* Short copies (words of a text, small fields) straight-line, without
     * a loop counter: 4, 2 and 1 bytes as n's bits say. */
    if (n & 4) {
      d[0] = s[0];
      d[1] = s[1];
      d[2] = s[2];
      d[3] = s[3];
      d += 4;
      s += 4;
    }
    if (n & 2) {
      d[0] = s[0];
      d[1] = s[1];
      d += 2;
      s += 2;
    }
    if (n & 1)
      d[0] = s[0];
    return;
  }
  {
#pragma nounroll
    for (; (uintptr_t)d & 3; n--)
      *d++ = *s++;
    word_t *dw = (word_t *)d;
    unsigned off = (uintptr_t)s & 3;
    if (off == 0) {
      const word_t *sw = (const word_t *)s;
      word_t *end = dw + (n >> 5) * 8;
#pragma nounroll
      while (dw != end) {
        dw[0] = sw[0];
        dw[1] = sw[1];
        dw[2] = sw[2];
        dw[3] = sw[3];
        dw[4] = sw[4];
        dw[5] = sw[5];
        dw[6] = sw[6];
        dw[7] = sw[7];
        dw += 8;
        sw += 8;
      }
#pragma nounroll
      for (end = dw + ((n & 31) >> 2); dw != end;)
        *dw++ = *sw++;
      s = (const unsigned char *)sw;
    } else {
      /* Each destination word is the high bytes of one aligned source word
       * and the low bytes of the next (little-endian). */
      const word_t *sw = (const word_t *)(s - off);
      unsigned lo = off * 8, hi = 32 - lo;
      uint32_t prev = *sw++;
      word_t *end = dw + (n >> 4) * 4;
#pragma nounroll
      while (dw != end) {
        uint32_t w0 = sw[0], w1 = sw[1], w2 = sw[2], w3 = sw[3];
        dw[0] = prev >> lo | w0 << hi;
        dw[1] = w0 >> lo | w1 << hi;
        dw[2] = w1 >> lo | w2 << hi;
        dw[3] = w2 >> lo | w3 << hi;
        prev = w3;
        dw += 4;
        sw += 4;
      }
#pragma nounroll
      for (end = dw + ((n & 15) >> 2); dw != end;) {
        uint32_t w = *sw++;
        *dw++ = prev >> lo | w << hi;
        prev = w;
      }
      s = (const unsigned char *)(sw - 1) + off;
    }
    d = (unsigned char *)dw;
    n &= 3;
  }
#pragma nounroll
  for (unsigned char *end = d + n; d != end;)
    *d++ = *s++;
}

void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
  copy_forward(dst, src, n);
  return dst;
}

void *memmove(void *dst, const void *src, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  if (d <= s || d >= s + n) {
    if (d != s)
      copy_forward(d, s, n);
    return dst;
  }
  /* dst overlaps the end of src: copy backwards. */
  d += n;
  s += n;
  if (n >= WORD_MIN && (((uintptr_t)d ^ (uintptr_t)s) & 3) == 0) {
#pragma nounroll
    for (; (uintptr_t)d & 3; n--)
      *--d = *--s;
    word_t *dw = (word_t *)d;
    const word_t *sw = (const word_t *)s;
    word_t *end = dw - (n >> 5) * 8;
#pragma nounroll
    while (dw != end) {
      dw -= 8;
      sw -= 8;
      dw[7] = sw[7];
      dw[6] = sw[6];
      dw[5] = sw[5];
      dw[4] = sw[4];
      dw[3] = sw[3];
      dw[2] = sw[2];
      dw[1] = sw[1];
      dw[0] = sw[0];
    }
#pragma nounroll
    for (end = dw - ((n & 31) >> 2); dw != end;)
      *--dw = *--sw;
    d = (unsigned char *)dw;
    s = (const unsigned char *)sw;
    n &= 3;
  }
  /* Not kept rolled: differently aligned pointers copy everything here. */
  for (unsigned char *end = d - n; d != end;)
    *--d = *--s;
  return dst;
}

void *memset(void *dst, int c, size_t n) {
  unsigned char *d = dst;
  unsigned char b = (unsigned char)c;
  if (n >= WORD_MIN) {
#pragma nounroll
    for (; (uintptr_t)d & 3; n--)
      *d++ = b;
    uint32_t w = b * 0x01010101u;
    word_t *dw = (word_t *)d;
    /* 16 words an iteration: a word costs only its address and store. */
    word_t *end = dw + (n >> 6) * 16;
#pragma nounroll
    while (dw != end) {
      dw[0] = w;
      dw[1] = w;
      dw[2] = w;
      dw[3] = w;
      dw[4] = w;
      dw[5] = w;
      dw[6] = w;
      dw[7] = w;
      dw[8] = w;
      dw[9] = w;
      dw[10] = w;
      dw[11] = w;
      dw[12] = w;
      dw[13] = w;
      dw[14] = w;
      dw[15] = w;
      dw += 16;
    }
#pragma nounroll
    for (end = dw + ((n & 63) >> 2); dw != end;)
      *dw++ = w;
    d = (unsigned char *)dw;
    n &= 3;
  }
#pragma nounroll
  for (unsigned char *end = d + n; d != end;)
    *d++ = b;
  return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
  const unsigned char *p = a, *q = b;
  if (n >= WORD_MIN && (((uintptr_t)p ^ (uintptr_t)q) & 3) == 0) {
#pragma nounroll
    for (; (uintptr_t)p & 3; n--, p++, q++)
      if (*p != *q)
        return *p - *q;
    /* Equal words are skipped four at a time; the first differing word is
     * left to the byte loop, which finds its first differing byte. */
    const word_t *pw = (const word_t *)p, *qw = (const word_t *)q;
    const word_t *end = pw + (n >> 4) * 4;
#pragma nounroll
    while (pw != end) {
      if (pw[0] != qw[0])
        break;
      if (pw[1] != qw[1]) {
        pw += 1;
        qw += 1;
        break;
      }
      if (pw[2] != qw[2]) {
        pw += 2;
        qw += 2;
        break;
      }
      if (pw[3] != qw[3]) {
        pw += 3;
        qw += 3;
        break;
      }
      pw += 4;
      qw += 4;
    }
    if (pw == end) {
#pragma nounroll
      for (end = pw + ((n & 15) >> 2); pw != end && *pw == *qw;) {
        pw++;
        qw++;
      }
    }
    n -= (size_t)((const unsigned char *)pw - p);
    p = (const unsigned char *)pw;
    q = (const unsigned char *)qw;
  }
  /* Not kept rolled: differently aligned pointers compare everything here. */
  for (; n; n--, p++, q++)
    if (*p != *q)
      return *p - *q;
  return 0;
}

void *memchr(const void *s, int c, size_t n) {
  const unsigned char *p = s;
  unsigned char b = (unsigned char)c;
  for (; n; n--, p++)
    if (*p == b)
      return (void *)p;
  return NULL;
}

/* memcmp for equality only (compilers may call it for memcmp(...) == 0). */
int bcmp(const void *a, const void *b, size_t n) { return memcmp(a, b, n) != 0; }
