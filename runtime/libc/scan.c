/* strtod/atof and the scanf family (sscanf, scanf, fscanf on any stream).
 *
 * strtod is correctly rounded (nearest even), for any number of digits up to
 * 780 significant ones (beyond that the rest only counts as non-zero): a first
 * approximation is corrected by comparing the input exactly with the decimal
 * expansions of the midpoints to the neighbouring doubles. Hexadecimal input
 * (0x1.8p3) is read too (rounded through (double) and ldexp). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <math.h>
#include "rt.h"

#define MAX_DIGITS 780

static const double pow10_exact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                     1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                     1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

static double scale10(double v, int e) {
  if (e < 0) {
    while (e < -22) {
      v /= 1e22;
      e += 22;
    }
    return v / pow10_exact[-e];
  }
  while (e > 22) {
    v *= 1e22;
    e -= 22;
  }
  return v * pow10_exact[e];
}

static int match_word(const char *s, const char *w) {
  for (; *w; s++, w++)
    if ((*s | 32) != *w)
      return 0;
  return 1;
}

struct digits {
  int nd, point, sticky; /* value = 0.d[0]..d[nd-1] x 10^point (+ sticky) */
  char d[MAX_DIGITS];
};

/* Compares the input with m * 2^e2: -1, 0 or 1. */
static int compare(const struct digits *in, uint64_t m, int e2) {
  struct __rt_decimal dec;
  __rt_to_decimal(&dec, m, e2);
  if (in->point != dec.point)
    return in->point < dec.point ? -1 : 1;
  int n = in->nd > dec.nd ? in->nd : dec.nd;
  for (int i = 0; i < n; i++) {
    char a = i < in->nd ? in->d[i] : '0', b = i < dec.nd ? dec.d[i] : '0';
    if (a != b)
      return a < b ? -1 : 1;
  }
  return in->sticky ? 1 : 0;
}

#define INF_BITS 0x7ff0000000000000ull

/* The double nearest to the input, starting from the guess u (bits). */
static uint64_t refine(const struct digits *in, uint64_t u) {
  for (int iter = 0; iter < 64; iter++) {
    int ex = (int)(u >> 52);
    uint64_t m = u & 0xfffffffffffffull;
    int e2 = -1074;
    if (ex) {
      m |= 1ull << 52;
      e2 = ex - 1075;
    }
    if (u != INF_BITS) { /* midpoint to the next double up */
      int c = compare(in, 2 * m + 1, e2 - 1);
      if (c > 0 || (c == 0 && (u & 1))) {
        u++;
        continue;
      }
    }
    if (u != 0) { /* midpoint to the next double down */
      int c = (m == 1ull << 52 && ex > 1) ? compare(in, 4 * m - 1, e2 - 2)
                                          : compare(in, 2 * m - 1, e2 - 1);
      if (c < 0 || (c == 0 && (u & 1))) {
        u--;
        continue;
      }
    }
    break;
  }
  return u;
}

double strtod(const char *restrict s0, char **restrict end) {
  const char *s = s0;
  while (isspace((unsigned char)*s))
    s++;
  int neg = 0;
  if (*s == '-' || *s == '+')
    neg = *s++ == '-';
  double r;
  if (match_word(s, "inf")) {
    s += match_word(s, "infinity") ? 8 : 3;
    r = __builtin_inf();
    goto done;
  }
  if (match_word(s, "nan")) {
    s += 3;
    r = __builtin_nan("");
    goto done;
  }
  if (s[0] == '0' && (s[1] | 32) == 'x' &&
      (isxdigit((unsigned char)s[2]) || (s[2] == '.' && isxdigit((unsigned char)s[3])))) {
    /* hexadecimal: 0x h.hhh p+d (64 significant bits kept) */
    uint64_t m = 0;
    int e2 = 0;
    s += 2;
    for (int seen_dot = 0;; s++) {
      int c = (unsigned char)*s, d;
      if (c == '.' && !seen_dot) {
        seen_dot = 1;
        continue;
      }
      if (isdigit(c))
        d = c - '0';
      else if (isxdigit(c))
        d = (c | 32) - 'a' + 10;
      else
        break;
      if (m >> 60) {
        m |= d != 0; /* sticky */
        e2 += seen_dot ? 0 : 4;
      } else {
        m = m << 4 | (unsigned)d;
        e2 -= seen_dot ? 4 : 0;
      }
    }
    if ((*s | 32) == 'p') {
      const char *t = s + 1;
      int eneg = 0, e = 0;
      if (*t == '-' || *t == '+')
        eneg = *t++ == '-';
      if (isdigit((unsigned char)*t)) {
        for (; isdigit((unsigned char)*t); t++)
          if (e < 100000)
            e = e * 10 + (*t - '0');
        e2 += eneg ? -e : e;
        s = t;
      }
    }
    r = ldexp((double)m, e2);
    goto done;
  }
  struct digits in;
  int any = 0;
  in.nd = 0;
  in.point = 0;
  in.sticky = 0;
  for (; isdigit((unsigned char)*s); s++, any = 1) {
    if (in.nd == 0 && *s == '0')
      continue;
    if (in.nd < MAX_DIGITS)
      in.d[in.nd++] = *s;
    else if (*s != '0')
      in.sticky = 1;
    in.point++;
  }
  if (*s == '.') {
    s++;
    for (; isdigit((unsigned char)*s); s++, any = 1) {
      if (in.nd == 0 && *s == '0') {
        in.point--;
        continue;
      }
      if (in.nd < MAX_DIGITS)
        in.d[in.nd++] = *s;
      else if (*s != '0')
        in.sticky = 1;
    }
  }
  if (!any) {
    if (end)
      *end = (char *)s0;
    return 0.0;
  }
  if ((*s | 32) == 'e') {
    const char *t = s + 1;
    int eneg = 0, e = 0;
    if (*t == '-' || *t == '+')
      eneg = *t++ == '-';
    if (isdigit((unsigned char)*t)) {
      for (; isdigit((unsigned char)*t); t++)
        if (e < 100000)
          e = e * 10 + (*t - '0');
      in.point += eneg ? -e : e;
      s = t;
    }
  }
  while (in.nd && in.d[in.nd - 1] == '0')
    in.nd--;
  if (in.nd == 0) {
    r = 0.0;
    goto done;
  }
  if (in.point > 310) {
    r = __builtin_inf();
    errno = ERANGE;
    goto done;
  }
  if (in.point < -330) {
    r = 0.0;
    errno = ERANGE;
    goto done;
  }
  int take = in.nd < 19 ? in.nd : 19;
  uint64_t m = 0;
  for (int i = 0; i < take; i++)
    m = m * 10 + (unsigned)(in.d[i] - '0');
  int exp10 = in.point - take;
  if (in.nd <= 15 && exp10 >= -22 && exp10 <= 22) {
    /* exact integer times or over an exact power of ten: one rounding */
    r = exp10 < 0 ? (double)m / pow10_exact[-exp10] : (double)m * pow10_exact[exp10];
  } else {
    union {
      double d;
      uint64_t u;
    } x;
    x.d = scale10((double)m, exp10);
    x.u = refine(&in, x.u);
    r = x.d;
    if (x.u == INF_BITS || x.u == 0)
      errno = ERANGE;
  }
done:
  if (end)
    *end = (char *)s;
  return neg ? -r : r;
}

float strtof(const char *restrict s, char **restrict end) { return (float)strtod(s, end); }
double atof(const char *s) { return strtod(s, NULL); }

/* ---- scanf ------------------------------------------------------------- */

struct reader {
  const char *str; /* string source, or NULL for the stream */
  FILE *f;
  int count;       /* characters consumed */
  int pending;     /* pushed-back character or -2 */
};

static int rd_get(struct reader *r) {
  int c;
  if (r->pending != -2) {
    c = r->pending;
    r->pending = -2;
  } else if (r->str) {
    c = *r->str ? (unsigned char)*r->str++ : EOF;
  } else {
    c = fgetc(r->f);
  }
  if (c != EOF)
    r->count++;
  return c;
}

static void rd_unget(struct reader *r, int c) {
  if (c == EOF)
    return;
  r->pending = c;
  r->count--;
}

static void skip_space(struct reader *r) {
  int c;
  while ((c = rd_get(r)) != EOF && isspace(c))
    ;
  rd_unget(r, c);
}

/* Copies the longest prefix of a number into buf (at most width chars). */
static int scan_number(struct reader *r, char *buf, int width, int base, int is_float) {
  int n = 0, c = rd_get(r);
  if (width <= 0 || width > 63)
    width = 63;
#define TAKE() (buf[n++] = (char)c, c = rd_get(r))
  if ((c == '-' || c == '+') && n < width)
    TAKE();
  if (is_float) {
    int digits = 0;
    while (n < width && isdigit(c)) {
      TAKE();
      digits++;
    }
    if (n < width && c == '.') {
      TAKE();
      while (n < width && isdigit(c)) {
        TAKE();
        digits++;
      }
    }
    if (digits && n < width && (c | 32) == 'e') {
      TAKE();
      if (n < width && (c == '-' || c == '+'))
        TAKE();
      while (n < width && isdigit(c))
        TAKE();
    }
  } else {
    if ((base == 0 || base == 16) && c == '0' && n < width) {
      TAKE();
      if (n < width && (c | 32) == 'x') {
        TAKE();
        base = 16;
      } else if (base == 0) {
        base = 8;
      }
    }
    if (base == 0)
      base = 10;
    for (; n < width; TAKE()) {
      int d = isdigit(c) ? c - '0' : isalpha(c) ? (c | 32) - 'a' + 10 : 99;
      if (d >= base)
        break;
    }
  }
#undef TAKE
  rd_unget(r, c);
  buf[n] = 0;
  return n;
}

static void store_int(void *p, int len, unsigned long long v) {
  switch (len) {
  case 1: *(char *)p = (char)v; break;
  case 2: *(short *)p = (short)v; break;
  case 4: *(long long *)p = (long long)v; break;
  default: *(int *)p = (int)v; break;
  }
}

static int vscan(struct reader *r, const char *fmt, va_list ap) {
  int assigned = 0, conversions = 0;
  for (; *fmt; fmt++) {
    if (isspace((unsigned char)*fmt)) {
      skip_space(r);
      continue;
    }
    if (*fmt != '%' || fmt[1] == '%') {
      if (*fmt == '%')
        fmt++;
      int c = rd_get(r);
      if (c != (unsigned char)*fmt) {
        rd_unget(r, c);
        return c == EOF && !conversions ? EOF : assigned;
      }
      continue;
    }
    fmt++;
    int suppress = 0, width = 0, len = 0;
    if (*fmt == '*') {
      suppress = 1;
      fmt++;
    }
    while (isdigit((unsigned char)*fmt))
      width = width * 10 + (*fmt++ - '0');
    for (;; fmt++) {
      if (*fmt == 'h')
        len = len == 2 ? 1 : 2;
      else if (*fmt == 'l')
        len = len == 3 ? 4 : 3;
      else if (*fmt == 'L' || *fmt == 'q' || *fmt == 'j')
        len = 4;
      else if (*fmt == 'z' || *fmt == 't')
        len = 3;
      else
        break;
    }
    char conv = *fmt;
    if (!conv)
      break;
    if (conv != 'c' && conv != '[' && conv != 'n')
      skip_space(r);
    if (conv != 'n') { /* input failure before this conversion */
      int c = rd_get(r);
      if (c == EOF)
        return conversions ? assigned : EOF;
      rd_unget(r, c);
    }
    char buf[64];
    switch (conv) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': case 'p': {
      int base = conv == 'd' || conv == 'u' ? 10 : conv == 'i' ? 0 : conv == 'o' ? 8 : 16;
      int n = scan_number(r, buf, width, base, 0);
      char *end;
      unsigned long long v = strtoull(buf, &end, base);
      if (!n || end == buf)
        return assigned;
      conversions++;
      if (!suppress) {
        if (conv == 'p')
          *va_arg(ap, void **) = (void *)(uintptr_t)v;
        else
          store_int(va_arg(ap, void *), len, v);
        assigned++;
      }
      break;
    }
    case 'f': case 'e': case 'g': case 'E': case 'G': case 'a': {
      int n = scan_number(r, buf, width, 10, 1);
      char *end;
      double v = strtod(buf, &end);
      if (!n || end == buf)
        return assigned;
      conversions++;
      if (!suppress) {
        if (len >= 3)
          *va_arg(ap, double *) = v;
        else
          *va_arg(ap, float *) = (float)v;
        assigned++;
      }
      break;
    }
    case 's': {
      char *out = suppress ? NULL : va_arg(ap, char *);
      int n = 0, c;
      while ((width == 0 || n < width) && (c = rd_get(r)) != EOF) {
        if (isspace(c)) {
          rd_unget(r, c);
          break;
        }
        if (out)
          out[n] = (char)c;
        n++;
      }
      if (!n)
        return assigned;
      if (out) {
        out[n] = 0;
        assigned++;
      }
      conversions++;
      break;
    }
    case 'c': {
      char *out = suppress ? NULL : va_arg(ap, char *);
      int n = 0, c;
      if (!width)
        width = 1;
      while (n < width && (c = rd_get(r)) != EOF) {
        if (out)
          out[n] = (char)c;
        n++;
      }
      if (n < width)
        return assigned;
      conversions++;
      if (out)
        assigned++;
      break;
    }
    case '[': {
      char set[256] = {0};
      int invert = 0;
      fmt++;
      if (*fmt == '^') {
        invert = 1;
        fmt++;
      }
      if (*fmt == ']')
        set[(unsigned char)*fmt++] = 1;
      for (; *fmt && *fmt != ']'; fmt++) {
        if (fmt[1] == '-' && fmt[2] && fmt[2] != ']') {
          for (int ch = (unsigned char)fmt[0]; ch <= (unsigned char)fmt[2]; ch++)
            set[ch] = 1;
          fmt += 2;
        } else {
          set[(unsigned char)*fmt] = 1;
        }
      }
      if (!*fmt)
        fmt--;
      char *out = suppress ? NULL : va_arg(ap, char *);
      int n = 0, c;
      while ((width == 0 || n < width) && (c = rd_get(r)) != EOF) {
        if ((set[c] != 0) == invert) {
          rd_unget(r, c);
          break;
        }
        if (out)
          out[n] = (char)c;
        n++;
      }
      if (!n)
        return assigned;
      if (out) {
        out[n] = 0;
        assigned++;
      }
      conversions++;
      break;
    }
    case 'n':
      if (!suppress)
        store_int(va_arg(ap, void *), len, (unsigned long long)r->count);
      break;
    default:
      return assigned;
    }
  }
  return assigned;
}

int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap) {
  struct reader r = {s, NULL, 0, -2};
  return vscan(&r, fmt, ap);
}

int sscanf(const char *restrict s, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsscanf(s, fmt, ap);
  va_end(ap);
  return n;
}

static int vscan_stream(FILE *f, const char *fmt, va_list ap) {
  struct reader r = {NULL, f, 0, -2};
  int n = vscan(&r, fmt, ap);
  if (r.pending != -2)
    ungetc(r.pending, f);
  return n;
}

static int vscan_stdin(const char *fmt, va_list ap) { return vscan_stream(stdin, fmt, ap); }

int vscanf(const char *restrict fmt, va_list ap) { return vscan_stdin(fmt, ap); }

int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap) {
  return vscan_stream(f, fmt, ap);
}

int scanf(const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vscan_stdin(fmt, ap);
  va_end(ap);
  return n;
}

int fscanf(FILE *restrict f, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vscan_stream(f, fmt, ap);
  va_end(ap);
  return n;
}
