/* Numeric conversions, abs/div, rand, qsort, bsearch, misc. */
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <inttypes.h>

int errno;

static unsigned digit_value(int c) {
  if ((unsigned)c - '0' < 10)
    return (unsigned)c - '0';
  c |= 32;
  if ((unsigned)c - 'a' < 26)
    return (unsigned)c - 'a' + 10;
  return 99;
}

/* Skips space and sign and the base prefix; returns NULL for a bad base. */
static const char *number_start(const char *s, int *base, int *neg) {
  if (*base < 0 || *base == 1 || *base > 36)
    return NULL;
  while (isspace((unsigned char)*s))
    s++;
  *neg = 0;
  if (*s == '-') {
    *neg = 1;
    s++;
  } else if (*s == '+') {
    s++;
  }
  if ((*base == 0 || *base == 16) && s[0] == '0' && (s[1] | 32) == 'x' &&
      digit_value((unsigned char)s[2]) < 16) {
    s += 2;
    *base = 16;
  } else if (*base == 0) {
    *base = s[0] == '0' ? 8 : 10;
  }
  return s;
}

/* Parses a magnitude up to max (32-bit); *ovf set when it does not fit. */
static unsigned long parse32(const char *s0, char **end, int base, int is_signed,
                             int *neg_out) {
  int neg;
  const char *s = number_start(s0, &base, &neg);
  if (!s) {
    errno = EINVAL;
    if (end)
      *end = (char *)s0;
    return 0;
  }
  unsigned long max = is_signed ? (neg ? 0x80000000ul : 0x7ffffffful) : ULONG_MAX;
  unsigned long cut = max / (unsigned)base, cutd = max % (unsigned)base;
  unsigned long acc = 0;
  int any = 0, ovf = 0;
  for (;; s++) {
    unsigned d = digit_value((unsigned char)*s);
    if (d >= (unsigned)base)
      break;
    any = 1;
    if (acc > cut || (acc == cut && d > cutd))
      ovf = 1;
    else
      acc = acc * (unsigned)base + d;
  }
  if (end)
    *end = (char *)(any ? s : s0);
  *neg_out = neg;
  if (ovf) {
    errno = ERANGE;
    *neg_out = 0;
    return is_signed ? max : ULONG_MAX;
  }
  return acc;
}

static unsigned long long parse64(const char *s0, char **end, int base, int is_signed,
                                  int *neg_out) {
  int neg;
  const char *s = number_start(s0, &base, &neg);
  if (!s) {
    errno = EINVAL;
    if (end)
      *end = (char *)s0;
    return 0;
  }
  unsigned long long max = is_signed ? (neg ? 0x8000000000000000ull : 0x7fffffffffffffffull)
                                     : ULLONG_MAX;
  unsigned long long cut = max / (unsigned)base;
  unsigned cutd = (unsigned)(max - cut * (unsigned)base);
  unsigned long long acc = 0;
  int any = 0, ovf = 0;
  for (;; s++) {
    unsigned d = digit_value((unsigned char)*s);
    if (d >= (unsigned)base)
      break;
    any = 1;
    if (acc > cut || (acc == cut && d > cutd))
      ovf = 1;
    else
      acc = acc * (unsigned)base + d;
  }
  if (end)
    *end = (char *)(any ? s : s0);
  *neg_out = neg;
  if (ovf) {
    errno = ERANGE;
    *neg_out = 0;
    return is_signed ? max : ULLONG_MAX;
  }
  return acc;
}

long strtol(const char *restrict s, char **restrict end, int base) {
  int neg;
  unsigned long v = parse32(s, end, base, 1, &neg);
  return neg ? (long)(0 - v) : (long)v;
}

unsigned long strtoul(const char *restrict s, char **restrict end, int base) {
  int neg;
  unsigned long v = parse32(s, end, base, 0, &neg);
  return neg ? 0 - v : v;
}

long long strtoll(const char *restrict s, char **restrict end, int base) {
  int neg;
  unsigned long long v = parse64(s, end, base, 1, &neg);
  return neg ? (long long)(0 - v) : (long long)v;
}

unsigned long long strtoull(const char *restrict s, char **restrict end, int base) {
  int neg;
  unsigned long long v = parse64(s, end, base, 0, &neg);
  return neg ? 0 - v : v;
}

intmax_t strtoimax(const char *restrict s, char **restrict end, int base) {
  return strtoll(s, end, base);
}
uintmax_t strtoumax(const char *restrict s, char **restrict end, int base) {
  return strtoull(s, end, base);
}

int atoi(const char *s) { return (int)strtol(s, NULL, 10); }
long atol(const char *s) { return strtol(s, NULL, 10); }
long long atoll(const char *s) { return strtoll(s, NULL, 10); }

int abs(int x) { return x < 0 ? -x : x; }
long labs(long x) { return x < 0 ? -x : x; }
long long llabs(long long x) { return x < 0 ? -x : x; }
intmax_t imaxabs(intmax_t x) { return x < 0 ? -x : x; }

div_t div(int a, int b) {
  div_t r = {a / b, a % b};
  return r;
}
ldiv_t ldiv(long a, long b) {
  ldiv_t r = {a / b, a % b};
  return r;
}
lldiv_t lldiv(long long a, long long b) {
  lldiv_t r = {a / b, a % b};
  return r;
}

/* rand(): the additive generator r[i] = r[i-3] + r[i-31] seeded by a
 * Park-Miller sequence, as glibc's default rand(), so that programs print the
 * same numbers as when built natively. */
static uint32_t rstate[31];
static int rf, rb, rseeded;

static int next_rand(void);

/* Shared by srand and srandom (and rand/random) without going through the
 * global names, which a program may define for itself. */
static void seed_rand(unsigned seed) {
  int32_t w = seed ? (int32_t)seed : 1;
  rstate[0] = (uint32_t)w;
  for (int i = 1; i < 31; i++) {
    int32_t hi = w / 127773, lo = w % 127773;
    w = 16807 * lo - 2836 * hi;
    if (w < 0)
      w += 2147483647;
    rstate[i] = (uint32_t)w;
  }
  rf = 0;
  rb = 3;
  rseeded = 1;
  for (int i = 0; i < 310; i++)
    next_rand();
}

static int next_rand(void) {
  if (!rseeded)
    seed_rand(1);
  uint32_t v = rstate[rb] += rstate[rf];
  if (++rb == 31)
    rb = 0;
  if (++rf == 31)
    rf = 0;
  return (int)(v >> 1);
}

void srand(unsigned seed) { seed_rand(seed); }
int rand(void) { return next_rand(); }
void srandom(unsigned seed) { seed_rand(seed); }
long random(void) { return next_rand(); }

/* qsort: stable merge sort (like glibc's usual choice), insertion sort for
 * short runs or when no scratch memory is available. */
typedef uint32_t __attribute__((may_alias)) word_t;

static int word_sized(const void *a, const void *b, size_t n) {
  return n == 4 && !(((uintptr_t)a | (uintptr_t)b) & 3);
}

/* Element copy and swap: one word for aligned 4-byte elements (the common
 * int/pointer case), otherwise bytes. */
static void copy_elem(char *d, const char *s, size_t n) {
  if (word_sized(d, s, n))
    *(word_t *)d = *(const word_t *)s;
  else
    memcpy(d, s, n);
}

static void swap_bytes(char *a, char *b, size_t n) {
  if (word_sized(a, b, n)) {
    word_t t = *(word_t *)a;
    *(word_t *)a = *(word_t *)b;
    *(word_t *)b = t;
    return;
  }
  while (n--) {
    char t = *a;
    *a++ = *b;
    *b++ = t;
  }
}

/* The sort, once for qsort's comparison and once for qsort_r's (which takes
 * a context argument), so that neither pays for the other. */
#define DEFINE_SORT(NAME, CMP_T, CMP)                                          \
  static void insertion_##NAME(char *a, size_t n, size_t sz, CMP_T cmp,       \
                               void *arg) {                                   \
    (void)arg;                                                                \
    for (size_t i = 1; i < n; i++)                                            \
      for (char *p = a + i * sz; p > a && CMP(p - sz, p) > 0; p -= sz)        \
        swap_bytes(p - sz, p, sz);                                            \
  }                                                                           \
  static void msort_##NAME(char *a, char *tmp, size_t n, size_t sz, CMP_T cmp, \
                           void *arg) {                                       \
    (void)arg;                                                                \
    if (n <= 8) {                                                             \
      insertion_##NAME(a, n, sz, cmp, arg);                                   \
      return;                                                                 \
    }                                                                         \
    size_t h = n / 2;                                                         \
    char *mid = a + h * sz, *end = a + n * sz;                                \
    msort_##NAME(a, tmp, h, sz, cmp, arg);                                    \
    msort_##NAME(mid, tmp, n - h, sz, cmp, arg);                              \
    if (CMP(mid - sz, mid) <= 0)                                              \
      return;                                                                 \
    memcpy(tmp, a, h * sz);                                                   \
    char *l = tmp, *lend = tmp + h * sz, *r = mid, *out = a;                  \
    while (l < lend && r < end) {                                             \
      if (CMP(r, l) < 0) {                                                    \
        copy_elem(out, r, sz);                                                \
        r += sz;                                                              \
      } else {                                                                \
        copy_elem(out, l, sz);                                                \
        l += sz;                                                              \
      }                                                                       \
      out += sz;                                                              \
    }                                                                         \
    memcpy(out, l, (size_t)(lend - l));                                       \
  }                                                                           \
  static void sort_##NAME(char *base, size_t n, size_t sz, CMP_T cmp,         \
                          void *arg) {                                        \
    if (n < 2 || sz == 0)                                                     \
      return;                                                                 \
    char *tmp =                                                               \
        n > 8 && n / 2 <= ((size_t)-1 >> 1) / sz ? malloc(n / 2 * sz) : NULL; \
    if (tmp) {                                                                \
      msort_##NAME(base, tmp, n, sz, cmp, arg);                               \
      free(tmp);                                                              \
    } else {                                                                  \
      insertion_##NAME(base, n, sz, cmp, arg);                                \
    }                                                                         \
  }

typedef int (*cmp2_t)(const void *, const void *);
typedef int (*cmp3_t)(const void *, const void *, void *);
#define CMP2(x, y) cmp(x, y)
#define CMP3(x, y) cmp(x, y, arg)
DEFINE_SORT(plain, cmp2_t, CMP2)
DEFINE_SORT(ctx, cmp3_t, CMP3)

void qsort(void *base, size_t n, size_t sz, int (*cmp)(const void *, const void *)) {
  sort_plain(base, n, sz, cmp, NULL);
}

/* glibc's argument order: the context comes last, for the comparison too. */
void qsort_r(void *base, size_t n, size_t sz, int (*cmp)(const void *, const void *, void *),
             void *arg) {
  sort_ctx(base, n, sz, cmp, arg);
}

void *bsearch(const void *key, const void *base, size_t n, size_t sz,
              int (*cmp)(const void *, const void *)) {
  const char *lo = base;
  while (n) {
    const char *mid = lo + (n / 2) * sz;
    int c = cmp(key, mid);
    if (c == 0)
      return (void *)mid;
    if (c > 0) {
      lo = mid + sz;
      n -= n / 2 + 1;
    } else {
      n /= 2;
    }
  }
  return NULL;
}

/* The environment starts empty (the machine has none); setenv and putenv
 * add to it. */
static char *no_env[1];
char **environ = no_env;
static size_t env_n, env_cap; /* env_cap 0: environ is not ours */

static size_t name_len(const char *s) {
  size_t n = 0;
  while (s[n] && s[n] != '=')
    n++;
  return n;
}

static char **env_find(const char *name, size_t n) {
  for (char **e = environ; *e; e++)
    if (strncmp(*e, name, n) == 0 && (*e)[n] == '=')
      return e;
  return NULL;
}

char *getenv(const char *name) {
  size_t n = name_len(name);
  if (name[n])
    return NULL;
  char **e = env_find(name, n);
  return e ? *e + n + 1 : NULL;
}

static int env_put(char *entry) {
  char **e = env_find(entry, name_len(entry));
  if (e) {
    *e = entry;
    return 0;
  }
  if (!env_cap) {
    env_n = 0;
    while (environ[env_n])
      env_n++;
  }
  if (env_n + 2 > env_cap) {
    size_t cap = env_cap ? env_cap * 2 : 16;
    while (cap < env_n + 2)
      cap *= 2;
    char **p = malloc(cap * sizeof *p);
    if (!p) {
      errno = ENOMEM;
      return -1;
    }
    memcpy(p, environ, env_n * sizeof *p);
    if (env_cap)
      free(environ);
    environ = p;
    env_cap = cap;
  }
  environ[env_n++] = entry;
  environ[env_n] = NULL;
  return 0;
}

int putenv(char *entry) {
  if (!strchr(entry, '=')) {
    errno = EINVAL;
    return -1;
  }
  return env_put(entry);
}

int setenv(const char *name, const char *value, int overwrite) {
  size_t n = name_len(name);
  if (!n || name[n]) {
    errno = EINVAL;
    return -1;
  }
  if (!overwrite && env_find(name, n))
    return 0;
  size_t v = strlen(value);
  char *entry = malloc(n + v + 2);
  if (!entry) {
    errno = ENOMEM;
    return -1;
  }
  memcpy(entry, name, n);
  entry[n] = '=';
  memcpy(entry + n + 1, value, v + 1);
  return env_put(entry);
}

int unsetenv(const char *name) {
  size_t n = name_len(name);
  if (!n || name[n]) {
    errno = EINVAL;
    return -1;
  }
  char **e;
  while ((e = env_find(name, n)))
    do
      e[0] = e[1];
    while (*++e);
  if (env_cap) {
    env_n = 0;
    while (environ[env_n])
      env_n++;
  }
  return 0;
}

int clearenv(void) {
  if (env_cap)
    free(environ);
  environ = no_env;
  no_env[0] = NULL;
  env_cap = env_n = 0;
  return 0;
}
