/* mem* functions: word-at-a-time when both pointers have the same alignment
 * (Valida's word loads and stores need 4-aligned addresses). memcpy is
 * per platform (platform/<name>/memcpy.c). */
#include <string.h>
#include <stdint.h>

typedef uint32_t __attribute__((may_alias)) word_t;

void *memmove(void *dst, const void *src, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  if (d == s || n == 0)
    return dst;
  if (d < s || d >= s + n)
    return memcpy(dst, src, n);
  /* Overlap with dst above src: copy backwards. */
  d += n;
  s += n;
  if ((((uintptr_t)d | (uintptr_t)s) & 3) == 0) {
    while (n >= 4) {
      d -= 4;
      s -= 4;
      *(word_t *)d = *(const word_t *)s;
      n -= 4;
    }
  }
  while (n--)
    *--d = *--s;
  return dst;
}

void *memset(void *dst, int c, size_t n) {
  unsigned char *d = dst;
  unsigned char b = (unsigned char)c;
  while (n && ((uintptr_t)d & 3)) {
    *d++ = b;
    n--;
  }
  if (n >= 4) {
    uint32_t w = b * 0x01010101u;
    word_t *dw = (word_t *)d;
    for (; n >= 16; n -= 16, dw += 4) {
      dw[0] = w;
      dw[1] = w;
      dw[2] = w;
      dw[3] = w;
    }
    for (; n >= 4; n -= 4)
      *dw++ = w;
    d = (unsigned char *)dw;
  }
  while (n--)
    *d++ = b;
  return dst;
}

int memcmp(const void *a, const void *b, size_t n) {
  const unsigned char *p = a, *q = b;
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
