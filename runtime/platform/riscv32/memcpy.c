/* memcpy for RV32IM: word-at-a-time when both pointers have the same
 * alignment. */
#include <string.h>
#include <stdint.h>

typedef uint32_t __attribute__((may_alias)) word_t;

void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  if ((((uintptr_t)d ^ (uintptr_t)s) & 3) == 0) {
    for (; n && ((uintptr_t)d & 3); n--)
      *d++ = *s++;
    word_t *dw = (word_t *)d;
    const word_t *sw = (const word_t *)s;
    for (; n >= 16; n -= 16, dw += 4, sw += 4) {
      dw[0] = sw[0];
      dw[1] = sw[1];
      dw[2] = sw[2];
      dw[3] = sw[3];
    }
    for (; n >= 4; n -= 4)
      *dw++ = *sw++;
    d = (unsigned char *)dw;
    s = (const unsigned char *)sw;
  }
  while (n--)
    *d++ = *s++;
  return dst;
}
