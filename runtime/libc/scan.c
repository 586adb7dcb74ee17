/* strtod/atof and the scanf family (sscanf, scanf, fscanf on stdin).
 *
 * strtod is correctly rounded when the decimal has at most 19 significant
 * digits, at most 2^53 as an integer and a power-of-ten scale within 10^+-22
 * (the common case: "3.25", "0.1", "1e10"); otherwise it is within a few ulp. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>

static const double pow10_exact[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                     1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                                     1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

static double scale10(double v, int e) {
  if (e < 0) {
    while (e < -22) {
      v /= 1e22;
      e += 22;
      if (v == 0.0)
        return v;
    }
    return v / pow10_exact[-e];
  }
  while (e > 22) {
    v *= 1e22;
    e -= 22;
    if (v > 1.7976931348623157e308)
      return v;
  }
  return v * pow10_exact[e];
}

static int match_word(const char *s, const char *w) {
  for (; *w; s++, w++)
    if ((*s | 32) != *w)
      return 0;
  return 1;
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
  uint64_t m = 0;
  int digits = 0, exp10 = 0, any = 0;
  for (; isdigit((unsigned char)*s); s++, any = 1) {
    if (digits < 19) {
      m = m * 10 + (unsigned)(*s - '0');
      if (m)
        digits++;
    } else {
      exp10++;
    }
  }
  if (*s == '.') {
    s++;
    for (; isdigit((unsigned char)*s); s++, any = 1) {
      if (digits < 19) {
        m = m * 10 + (unsigned)(*s - '0');
        if (m)
          digits++;
        exp10--;
      }
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
      exp10 += eneg ? -e : e;
      s = t;
    }
  }
  if (m == 0) {
    r = 0.0;
  } else if (m <= (1ull << 53) && exp10 >= -22 && exp10 <= 22) {
    r = (double)m;
    r = exp10 < 0 ? r / pow10_exact[-exp10] : r * pow10_exact[exp10];
  } else if (exp10 < -400) {
    r = 0.0;
  } else if (exp10 > 400) {
    r = __builtin_inf();
  } else {
    r = scale10((double)m, exp10);
  }
  if (r == 0.0 && m != 0)
    errno = ERANGE;
  else if (r > 1.7976931348623157e308)
    errno = ERANGE;
done:
  if (end)
    *end = (char *)s;
  return neg ? -r : r;
}

float strtof(const char *restrict s, char **restrict end) { return (float)strtod(s, end); }
double atof(const char *s) { return strtod(s, NULL); }

/* ---- scanf ------------------------------------------------------------- */

struct reader {
  const char *str; /* string source, or NULL for stdin */
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
    c = getchar();
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
  struct reader r = {s, 0, -2};
  return vscan(&r, fmt, ap);
}

int sscanf(const char *restrict s, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsscanf(s, fmt, ap);
  va_end(ap);
  return n;
}

static int vscan_stdin(const char *fmt, va_list ap) {
  struct reader r = {NULL, 0, -2};
  int n = vscan(&r, fmt, ap);
  if (r.pending != -2)
    ungetc(r.pending, stdin);
  return n;
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
  int n = f == stdin ? vscan_stdin(fmt, ap) : EOF;
  va_end(ap);
  return n;
}
