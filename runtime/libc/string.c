/* str* functions. */
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include <stdint.h>

/* Word at a time once aligned (the other pointer, if any, aligned alike):
 * a word has a zero byte iff HAS_ZERO is non-zero. Reading the rest of the
 * last aligned word is harmless on Valida (memory is a map, no faults) and
 * on RV32IM (an aligned word never crosses a page). A word costs its load,
 * the four operations of the test, the branch and the pointer increment. */
typedef uint32_t __attribute__((may_alias)) word_t;
#define HAS_ZERO(w) (((w) - 0x01010101u) & ~(w) & 0x80808080u)

size_t strlen(const char *s) {
  const char *p = s;
  for (; (uintptr_t)p & 3; p++)
    if (!*p)
      return (size_t)(p - s);
  const word_t *w = (const word_t *)p;
  while (!HAS_ZERO(*w))
    w++;
  for (p = (const char *)w; *p; p++)
    ;
  return (size_t)(p - s);
}

size_t strnlen(const char *s, size_t max) {
  size_t n = 0;
  while (n < max && s[n])
    n++;
  return n;
}

char *strcpy(char *restrict dst, const char *restrict src) {
  char *d = dst;
  const char *s = src;
  if ((((uintptr_t)d ^ (uintptr_t)s) & 3) == 0) {
    for (; (uintptr_t)s & 3; s++, d++)
      if (!(*d = *s))
        return dst;
    /* Whole words while they hold no terminator. */
    word_t *dw = (word_t *)d;
    const word_t *sw = (const word_t *)s;
    for (uint32_t w = *sw; !HAS_ZERO(w); w = *++sw)
      *dw++ = w;
    d = (char *)dw;
    s = (const char *)sw;
  }
  while ((*d++ = *s++))
    ;
  return dst;
}

char *stpcpy(char *restrict dst, const char *restrict src) {
  while ((*dst = *src++))
    dst++;
  return dst;
}

char *strncpy(char *restrict dst, const char *restrict src, size_t n) {
  size_t i = 0;
  for (; i < n && src[i]; i++)
    dst[i] = src[i];
  for (; i < n; i++)
    dst[i] = 0;
  return dst;
}

char *strcat(char *restrict dst, const char *restrict src) {
  strcpy(dst + strlen(dst), src);
  return dst;
}

char *strncat(char *restrict dst, const char *restrict src, size_t n) {
  char *d = dst + strlen(dst);
  while (n-- && *src)
    *d++ = *src++;
  *d = 0;
  return dst;
}

int strcmp(const char *a, const char *b) {
  if ((((uintptr_t)a ^ (uintptr_t)b) & 3) == 0) {
    for (; (uintptr_t)a & 3; a++, b++)
      if (!*a || *a != *b)
        return (unsigned char)*a - (unsigned char)*b;
    /* Skip equal words without a terminator; the byte loop finishes. */
    const word_t *aw = (const word_t *)a, *bw = (const word_t *)b;
    for (uint32_t w = *aw; w == *bw && !HAS_ZERO(w); w = *++aw)
      bw++;
    a = (const char *)aw;
    b = (const char *)bw;
  }
  while (*a && *a == *b) {
    a++;
    b++;
  }
  return (unsigned char)*a - (unsigned char)*b;
}

int strncmp(const char *a, const char *b, size_t n) {
  for (; n; n--, a++, b++) {
    if (*a != *b)
      return (unsigned char)*a - (unsigned char)*b;
    if (!*a)
      break;
  }
  return 0;
}

int strcoll(const char *a, const char *b) { return strcmp(a, b); }

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

int strcasecmp(const char *a, const char *b) {
  int x, y;
  do {
    x = lower((unsigned char)*a++);
    y = lower((unsigned char)*b++);
  } while (x && x == y);
  return x - y;
}

int strncasecmp(const char *a, const char *b, size_t n) {
  for (; n; n--) {
    int x = lower((unsigned char)*a++), y = lower((unsigned char)*b++);
    if (x != y || !x)
      return x - y;
  }
  return 0;
}

char *strchr(const char *s, int c) {
  char ch = (char)c;
  for (;; s++) {
    if (*s == ch)
      return (char *)s;
    if (!*s)
      return NULL;
  }
}

char *strrchr(const char *s, int c) {
  char ch = (char)c;
  const char *last = NULL;
  for (;; s++) {
    if (*s == ch)
      last = s;
    if (!*s)
      return (char *)last;
  }
}

char *strstr(const char *hay, const char *needle) {
  size_t n = strlen(needle);
  if (n == 0)
    return (char *)hay;
  for (; *hay; hay++)
    if (*hay == *needle && strncmp(hay, needle, n) == 0)
      return (char *)hay;
  return NULL;
}

size_t strspn(const char *s, const char *accept) {
  size_t n = 0;
  while (s[n] && strchr(accept, s[n]))
    n++;
  return n;
}

size_t strcspn(const char *s, const char *reject) {
  size_t n = 0;
  while (s[n] && !strchr(reject, s[n]))
    n++;
  return n;
}

char *strpbrk(const char *s, const char *accept) {
  s += strcspn(s, accept);
  return *s ? (char *)s : NULL;
}

char *strtok_r(char *restrict s, const char *restrict delim, char **restrict save) {
  if (!s)
    s = *save;
  if (!s)
    return NULL;
  s += strspn(s, delim);
  if (!*s) {
    *save = NULL;
    return NULL;
  }
  char *end = s + strcspn(s, delim);
  if (*end)
    *end++ = 0;
  else
    end = NULL;
  *save = end;
  return s;
}

char *strtok(char *restrict s, const char *restrict delim) {
  static char *save;
  return strtok_r(s, delim, &save);
}

char *strdup(const char *s) {
  size_t n = strlen(s) + 1;
  char *d = malloc(n);
  return d ? memcpy(d, s, n) : NULL;
}

char *strndup(const char *s, size_t n) {
  n = strnlen(s, n);
  char *d = malloc(n + 1);
  if (!d)
    return NULL;
  memcpy(d, s, n);
  d[n] = 0;
  return d;
}
