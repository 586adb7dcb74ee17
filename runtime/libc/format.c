/* The printf formatting engine: flags "-+ #0", width and precision (numbers
 * or '*'), lengths hh h l ll j z t L, conversions d i u o x X c s p n % and
 * f F e E g G a A (doubles printed exactly, rounded half-to-even like glibc). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "rt.h"

void __rt_sink_flush(struct __rt_sink *s) {
  if (s->fd >= 0 && s->pos) {
    __rt_out(s->fd, s->buf, s->pos);
    s->pos = 0;
  }
}

static void put(struct __rt_sink *s, char c) {
  if (s->pos == s->cap)
    __rt_sink_flush(s);
  if (s->pos < s->cap)
    s->buf[s->pos++] = c;
  s->total++;
}

static void put_n(struct __rt_sink *s, const char *p, size_t n) {
  while (n--)
    put(s, *p++);
}

static void pad(struct __rt_sink *s, char c, int n) {
  while (n-- > 0)
    put(s, c);
}

enum { F_MINUS = 1, F_PLUS = 2, F_SPACE = 4, F_HASH = 8, F_ZERO = 16 };

/* Writes v in base (8, 10 or 16) backwards ending at end; returns the start. */
static char *utoa32(char *end, uint32_t v, unsigned base, const char *digits) {
  do {
    *--end = digits[v % base];
    v /= base;
  } while (v);
  return end;
}

/* *v /= d for d < 2^16, returning the remainder: long division by 16-bit
 * chunks, so that only 32-bit divisions are needed. */
static uint32_t divmod_small(uint64_t *v, uint32_t d) {
  uint32_t hi = (uint32_t)(*v >> 32), lo = (uint32_t)*v;
  uint32_t c3 = hi >> 16, c2 = hi & 0xffff, c1 = lo >> 16, c0 = lo & 0xffff;
  uint32_t q3 = c3 / d, r = c3 - q3 * d;
  uint32_t cur = r << 16 | c2, q2 = cur / d;
  r = cur - q2 * d;
  cur = r << 16 | c1;
  uint32_t q1 = cur / d;
  r = cur - q1 * d;
  cur = r << 16 | c0;
  uint32_t q0 = cur / d;
  r = cur - q0 * d;
  *v = (uint64_t)(q3 << 16 | q2) << 32 | (q1 << 16 | q0);
  return r;
}

static char *utoa64(char *end, uint64_t v, unsigned base, const char *digits) {
  if (base == 10) {
    while (v >> 32) {
      uint32_t r = divmod_small(&v, 10000);
      for (int i = 0; i < 4; i++) {
        *--end = (char)('0' + r % 10);
        r /= 10;
      }
    }
  } else if (base == 16) {
    while (v >> 32) {
      *--end = digits[(uint32_t)v & 15];
      v >>= 4;
    }
  } else {
    while (v >> 32) {
      *--end = digits[(uint32_t)v & 7];
      v >>= 3;
    }
  }
  return utoa32(end, (uint32_t)v, base, digits);
}

/* Pads and emits prefix + zeros + body per the flags. */
static void emit(struct __rt_sink *s, int flags, int width, const char *prefix, int plen,
                 int zeros, const char *body, int blen) {
  int len = plen + zeros + blen;
  if (!(flags & F_MINUS) && !(flags & F_ZERO))
    pad(s, ' ', width - len);
  put_n(s, prefix, (size_t)plen);
  if (!(flags & F_MINUS) && (flags & F_ZERO))
    pad(s, '0', width - len);
  pad(s, '0', zeros);
  put_n(s, body, (size_t)blen);
  if (flags & F_MINUS)
    pad(s, ' ', width - len);
}

/* ---- floating point ---------------------------------------------------- */

#define decimal __rt_decimal
#define to_decimal __rt_to_decimal

#define LIMB 10000u

/* Digits of m * 2^e2 (m < 2^56) exactly, using base-10^4 limbs so that all
 * arithmetic stays within 32 bits. */
void to_decimal(struct decimal *dec, unsigned long long m, int e2) {
  uint32_t limb[200];
  int n = 0;
  uint64_t mm = m;
  while (mm)
    limb[n++] = divmod_small(&mm, LIMB);
  int point = 0;
  if (e2 >= 0) {
    while (e2 > 0) { /* multiply by 2^k: limb * 2^18 + carry < 2^32 */
      int k = e2 > 18 ? 18 : e2;
      uint32_t carry = 0;
      for (int i = 0; i < n; i++) {
        uint32_t v = (limb[i] << k) + carry;
        carry = v / LIMB;
        limb[i] = v - carry * LIMB;
      }
      while (carry) {
        limb[n++] = carry % LIMB;
        carry /= LIMB;
      }
      e2 -= k;
    }
  } else {
    /* m / 2^k = m * 5^k / 10^k */
    point = e2;
    for (int k = -e2; k > 0;) { /* limb * 5^8 + carry < 2^32 */
      int j = k > 8 ? 8 : k;
      uint32_t f = 1;
      for (int i = 0; i < j; i++)
        f *= 5;
      uint32_t carry = 0;
      for (int i = 0; i < n; i++) {
        uint32_t v = limb[i] * f + carry;
        carry = v / LIMB;
        limb[i] = v - carry * LIMB;
      }
      while (carry) {
        limb[n++] = carry % LIMB;
        carry /= LIMB;
      }
      k -= j;
    }
  }
  /* limbs to digits, most significant first, leading zeros dropped */
  int nd = 0;
  for (int i = n - 1; i >= 0; i--) {
    uint32_t v = limb[i];
    char four[4];
    for (int j = 3; j >= 0; j--) {
      four[j] = (char)('0' + v % 10);
      v /= 10;
    }
    for (int j = 0; j < 4; j++)
      if (nd || four[j] != '0')
        dec->d[nd++] = four[j];
  }
  dec->point = nd ? nd + point : 1; /* zero: "0.000..." */
  dec->sticky = 0;
  while (nd && dec->d[nd - 1] == '0')
    nd--;
  dec->nd = nd;
}

/* The digits printf needs for a moderate value (2^-96 <= ulp, m 2^e2 <
 * 2^64), generated from the top: the integer part by 32-bit divisions, the
 * fraction (a 96-bit binary fixed-point number) by multiplying by 10. Stops
 * after max_sig significant digits or max_frac digits after the point and
 * records in sticky whether anything non-zero is left. Returns 0 when the
 * value is outside that range (then the full expansion is used). */
static int to_decimal_fast(struct decimal *dec, uint64_t m, int e2, int max_sig, int max_frac) {
  uint64_t ip;
  uint32_t f2 = 0, f1 = 0, f0 = 0; /* fraction: f2 f1 f0 / 2^96 */
  if (e2 >= 0) {
    if (e2 > 8 || (m >> 56))
      return 0;
    ip = m << e2;
  } else {
    int k = -e2;
    if (k > 96)
      return 0;
    uint64_t fr = k >= 64 ? m : m & ((1ull << k) - 1);
    ip = k >= 64 ? 0 : m >> k;
    int sh = 96 - k;
    if (sh >= 64) {
      f2 = (uint32_t)(fr << (sh - 64));
    } else if (sh >= 32) {
      uint64_t v = fr << (sh - 32);
      f2 = (uint32_t)(v >> 32);
      f1 = (uint32_t)v;
    } else {
      uint64_t v = sh ? fr >> (32 - sh) : fr >> 32;
      f2 = (uint32_t)(v >> 32);
      f1 = (uint32_t)v;
      f0 = (uint32_t)(fr << sh);
    }
  }
  int nd = 0, point = 0, sticky = 0;
  if (ip) {
    char buf[24], *end = buf + sizeof buf;
    char *p = utoa64(end, ip, 10, "0123456789");
    point = (int)(end - p);
    for (; p < end; p++) {
      if (nd < max_sig)
        dec->d[nd++] = *p;
      else if (*p != '0')
        sticky = 1;
    }
  }
  for (int frac = 0; (f2 | f1 | f0) && nd < max_sig && frac < max_frac; frac++) {
    uint64_t t = (uint64_t)f0 * 10;
    f0 = (uint32_t)t;
    t = (uint64_t)f1 * 10 + (t >> 32);
    f1 = (uint32_t)t;
    t = (uint64_t)f2 * 10 + (t >> 32);
    f2 = (uint32_t)t;
    uint32_t digit = (uint32_t)(t >> 32);
    if (nd == 0 && digit == 0)
      point--; /* leading zero after the point */
    else
      dec->d[nd++] = (char)('0' + digit);
  }
  sticky |= (f2 | f1 | f0) != 0;
  while (nd && dec->d[nd - 1] == '0')
    nd--;
  if (!nd && !sticky)
    point = 1; /* zero */
  dec->nd = nd;
  dec->point = point;
  dec->sticky = sticky;
  return 1;
}

/* Keeps the first k digits, rounding half to even on the exact value. */
static void round_to(struct decimal *dec, int k) {
  if (k >= dec->nd) { /* the digit at k is 0: the value rounds down */
    dec->sticky = 0;
    return;
  }
  int sticky = dec->sticky;
  dec->sticky = 0;
  if (k < 0) {
    dec->nd = 0;
    return;
  }
  int up = 0;
  char c = dec->d[k];
  if (c > '5')
    up = 1;
  else if (c == '5')
    up = k + 1 < dec->nd || sticky || (k > 0 && ((dec->d[k - 1] - '0') & 1));
  dec->nd = k;
  if (up) {
    int i = k - 1;
    while (i >= 0 && dec->d[i] == '9')
      i--;
    if (i < 0) {
      dec->d[0] = '1';
      dec->nd = 1;
      dec->point++;
    } else {
      dec->d[i]++;
      dec->nd = i + 1;
    }
  }
  while (dec->nd && dec->d[dec->nd - 1] == '0')
    dec->nd--;
}

static char digit_at(const struct decimal *dec, int i) {
  return i >= 0 && i < dec->nd ? dec->d[i] : '0';
}

/* Emits (or only counts, when s is NULL) the digits of a %f or %e body. */
static int body_f(struct __rt_sink *s, const struct decimal *dec, int prec, int dot) {
  int n = 0;
  if (dec->point > 0) {
    for (; n < dec->point; n++)
      if (s)
        put(s, digit_at(dec, n));
  } else {
    if (s)
      put(s, '0');
    n++;
  }
  if (prec > 0 || dot) {
    if (s)
      put(s, '.');
    n++;
  }
  for (int i = 0; i < prec; i++, n++)
    if (s)
      put(s, digit_at(dec, dec->point + i));
  return n;
}

static int body_e(struct __rt_sink *s, const struct decimal *dec, int prec, int dot, char e) {
  int n = 0;
  int x = dec->nd ? dec->point - 1 : 0;
  if (s)
    put(s, digit_at(dec, 0));
  n++;
  if (prec > 0 || dot) {
    if (s)
      put(s, '.');
    n++;
  }
  for (int i = 1; i <= prec; i++, n++)
    if (s)
      put(s, digit_at(dec, i));
  char buf[8], *p = buf + sizeof buf;
  unsigned ax = x < 0 ? (unsigned)-x : (unsigned)x;
  p = utoa32(p, ax, 10, "0123456789");
  if (ax < 10)
    *--p = '0';
  *--p = x < 0 ? '-' : '+';
  *--p = e;
  int len = (int)(buf + sizeof buf - p);
  if (s)
    put_n(s, p, (size_t)len);
  return n + len;
}

/* Prints neg * m * 2^e2 (m < 2^56), or inf/nan when special is 1/2. */
static void format_value(struct __rt_sink *s, int neg, int special, uint64_t m, int e2,
                         char conv, int flags, int width, int prec) {
  int upper = conv == 'F' || conv == 'E' || conv == 'G';
  char prefix[1];
  int plen = 0;
  if (neg)
    prefix[plen++] = '-';
  else if (flags & F_PLUS)
    prefix[plen++] = '+';
  else if (flags & F_SPACE)
    prefix[plen++] = ' ';

  if (special) {
    const char *t = special == 2 ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    emit(s, flags & ~F_ZERO, width, prefix, plen, 0, t, 3);
    return;
  }
  if (prec < 0)
    prec = 6;
  char kind = (char)(conv | 32);
  struct decimal dec;
  int max_sig = 0x7fffffff, max_frac = 0x7fffffff;
  if (kind == 'f')
    max_frac = prec + 1;
  else if (kind == 'e')
    max_sig = prec + 2;
  else
    max_sig = (prec ? prec : 1) + 1;
  if (max_sig < 0 || max_frac < 0 || !to_decimal_fast(&dec, m, e2, max_sig, max_frac))
    to_decimal(&dec, m, e2);

  int dot = flags & F_HASH;
  if (kind == 'g') {
    int p = prec ? prec : 1;
    round_to(&dec, p);
    int x = dec.nd ? dec.point - 1 : 0;
    if (p > x && x >= -4) {
      kind = 'f';
      prec = p - 1 - x;
    } else {
      kind = 'e';
      prec = p - 1;
    }
    if (!dot) { /* drop trailing zeros of the fraction */
      int need = kind == 'f' ? dec.nd - dec.point : dec.nd - 1;
      if (need < 0)
        need = 0;
      if (need < prec)
        prec = need;
    }
  } else if (kind == 'f') {
    round_to(&dec, dec.point + prec);
  } else {
    round_to(&dec, prec + 1);
  }
  char e = upper ? 'E' : 'e';
  int blen = kind == 'f' ? body_f(NULL, &dec, prec, dot) : body_e(NULL, &dec, prec, dot, e);
  int len = plen + blen;
  if (!(flags & F_MINUS) && !(flags & F_ZERO))
    pad(s, ' ', width - len);
  put_n(s, prefix, (size_t)plen);
  if (!(flags & F_MINUS) && (flags & F_ZERO))
    pad(s, '0', width - len);
  if (kind == 'f')
    body_f(s, &dec, prec, dot);
  else
    body_e(s, &dec, prec, dot, e);
  if (flags & F_MINUS)
    pad(s, ' ', width - len);
}

static void format_double(struct __rt_sink *s, double v, char conv, int flags, int width,
                          int prec) {
  union {
    double d;
    uint64_t u;
  } bits = {v};
  uint64_t u = bits.u;
  int ex = (int)(u >> 52) & 0x7ff;
  uint64_t m = u & 0xfffffffffffffull;
  if (ex == 0x7ff) {
    format_value(s, (int)(u >> 63), m ? 2 : 1, 0, 0, conv, flags, width, prec);
    return;
  }
  if (ex)
    m |= 1ull << 52;
  else
    ex = 1;
  format_value(s, (int)(u >> 63), 0, m, ex - 1075, conv, flags, width, prec);
}

/* long double is IEEE quad on riscv32 (passed to variadic functions by
 * reference): printed after rounding to 55 significant bits; magnitudes
 * beyond double's exponent range print as inf or 0. */
static void format_long_double(struct __rt_sink *s, const uint32_t *w, char conv, int flags,
                               int width, int prec) {
  int neg = (int)(w[3] >> 31), ex = (int)(w[3] >> 16) & 0x7fff;
  uint32_t f3 = w[3] & 0xffff;
  if (ex == 0x7fff) {
    format_value(s, neg, (f3 | w[2] | w[1] | w[0]) ? 2 : 1, 0, 0, conv, flags, width, prec);
    return;
  }
  /* 1.f (112 fraction bits) -> 55 bits: hidden bit, f3 (16), w[2] (32), top 6 of w[1] */
  uint64_t m = (uint64_t)(0x10000u | f3) << 38 | (uint64_t)w[2] << 6 | w[1] >> 26;
  uint32_t rest = w[1] << 6, sticky = w[0] != 0;
  if (rest > 0x80000000u || (rest == 0x80000000u && (sticky || (m & 1))))
    m++;
  int e2 = ex - 16383 - 54;
  if (m >> 55) {
    m >>= 1;
    e2++;
  }
  if (ex == 0 || e2 < -1100)
    m = 0, e2 = 0;
  else if (e2 > 970) {
    format_value(s, neg, 1, 0, 0, conv, flags, width, prec);
    return;
  }
  format_value(s, neg, 0, m, e2, conv, flags, width, prec);
}

/* %a: hexadecimal significand "0x1.8p+3" (glibc's shape: the lead digit is
 * 1 for normal numbers, 0 for subnormals, and may become 2 after rounding). */
static void format_hex_double(struct __rt_sink *s, double v, char conv, int flags, int width,
                              int prec) {
  union {
    double d;
    uint64_t u;
  } bits = {v};
  uint64_t u = bits.u;
  int upper = conv == 'A';
  char prefix[4];
  int plen = 0;
  if (u >> 63)
    prefix[plen++] = '-';
  else if (flags & F_PLUS)
    prefix[plen++] = '+';
  else if (flags & F_SPACE)
    prefix[plen++] = ' ';
  int ex = (int)(u >> 52) & 0x7ff;
  uint64_t frac = u & 0xfffffffffffffull;
  if (ex == 0x7ff) {
    const char *t = frac ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    emit(s, flags & ~F_ZERO, width, prefix, plen, 0, t, 3);
    return;
  }
  prefix[plen++] = '0';
  prefix[plen++] = upper ? 'X' : 'x';
  int lead = ex ? 1 : 0, e = ex ? ex - 1023 : (frac ? -1022 : 0);
  int nd = 13; /* hex digits of the fraction */
  if (prec >= 0 && prec < 13) {
    int drop = 4 * (13 - prec);
    uint64_t half = 1ull << (drop - 1), rest = frac & ((half << 1) - 1);
    frac >>= drop;
    if (rest > half || (rest == half && ((frac & 1) || (prec == 0 && (lead & 1)))))
      frac++;
    if (frac >> (4 * prec)) { /* carry into the lead digit */
      lead++;
      frac &= (1ull << (4 * prec)) - 1;
    }
    nd = prec;
  } else {
    while (nd > 0 && !(frac & 15)) {
      frac >>= 4;
      nd--;
    }
  }
  const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
  char body[48], *b = body;
  *b++ = (char)('0' + lead);
  int total = prec > nd ? prec : nd;
  if (total > 0 || (flags & F_HASH))
    *b++ = '.';
  for (int i = nd - 1; i >= 0; i--)
    *b++ = digits[(frac >> (4 * i)) & 15];
  int zeros_after = total - nd; /* precision beyond the stored digits */
  char ebuf[8], *ep = ebuf + sizeof ebuf;
  unsigned ae = e < 0 ? (unsigned)-e : (unsigned)e;
  ep = utoa32(ep, ae, 10, "0123456789");
  *--ep = e < 0 ? '-' : '+';
  *--ep = upper ? 'P' : 'p';
  int elen = (int)(ebuf + sizeof ebuf - ep);
  int blen = (int)(b - body);
  int len = plen + blen + zeros_after + elen;
  if (!(flags & F_MINUS) && !(flags & F_ZERO))
    pad(s, ' ', width - len);
  put_n(s, prefix, (size_t)plen);
  if (!(flags & F_MINUS) && (flags & F_ZERO))
    pad(s, '0', width - len);
  put_n(s, body, (size_t)blen);
  pad(s, '0', zeros_after);
  put_n(s, ep, (size_t)elen);
  if (flags & F_MINUS)
    pad(s, ' ', width - len);
}

/* ---- the engine -------------------------------------------------------- */

int __rt_vformat(struct __rt_sink *s, const char *fmt, va_list ap) {
  static const char lower_digits[] = "0123456789abcdef";
  static const char upper_digits[] = "0123456789ABCDEF";
  for (; *fmt; fmt++) {
    if (*fmt != '%') {
      put(s, *fmt);
      continue;
    }
    const char *start = fmt++;
    int flags = 0;
    for (;; fmt++) {
      if (*fmt == '-')
        flags |= F_MINUS;
      else if (*fmt == '+')
        flags |= F_PLUS;
      else if (*fmt == ' ')
        flags |= F_SPACE;
      else if (*fmt == '#')
        flags |= F_HASH;
      else if (*fmt == '0')
        flags |= F_ZERO;
      else
        break;
    }
    int width = 0;
    if (*fmt == '*') {
      width = va_arg(ap, int);
      if (width < 0) {
        flags |= F_MINUS;
        width = -width;
      }
      fmt++;
    } else {
      while ((unsigned)*fmt - '0' < 10)
        width = width * 10 + (*fmt++ - '0');
    }
    int prec = -1;
    if (*fmt == '.') {
      fmt++;
      prec = 0;
      if (*fmt == '*') {
        prec = va_arg(ap, int);
        if (prec < 0)
          prec = -1;
        fmt++;
      } else {
        while ((unsigned)*fmt - '0' < 10)
          prec = prec * 10 + (*fmt++ - '0');
      }
    }
    int len = 0; /* 0 int, 1 char, 2 short, 3 long, 4 long long, 5 long double */
    switch (*fmt) {
    case 'h':
      len = fmt[1] == 'h' ? 1 : 2;
      fmt += fmt[1] == 'h' ? 2 : 1;
      break;
    case 'l':
      len = fmt[1] == 'l' ? 4 : 3;
      fmt += fmt[1] == 'l' ? 2 : 1;
      break;
    case 'j':
    case 'q':
      len = 4;
      fmt++;
      break;
    case 'z':
    case 't':
      len = 3;
      fmt++;
      break;
    case 'L':
      len = 5;
      fmt++;
      break;
    }
    if (flags & F_MINUS)
      flags &= ~F_ZERO;
    if (flags & F_PLUS)
      flags &= ~F_SPACE;

    char conv = *fmt;
    char buf[24], *end = buf + sizeof buf, *p;
    const char *digits = lower_digits;
    char prefix[2];
    int plen = 0, zero_empty = 1;
    switch (conv) {
    case 'd':
    case 'i': {
      int64_t v;
      if (len >= 4)
        v = va_arg(ap, long long);
      else
        v = va_arg(ap, int);
      if (len == 1)
        v = (signed char)v;
      else if (len == 2)
        v = (short)v;
      uint64_t mag = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
      if (v < 0)
        prefix[plen++] = '-';
      else if (flags & F_PLUS)
        prefix[plen++] = '+';
      else if (flags & F_SPACE)
        prefix[plen++] = ' ';
      p = len >= 4 ? utoa64(end, mag, 10, digits) : utoa32(end, (uint32_t)mag, 10, digits);
      goto integer;
    }
    case 'u':
    case 'o':
    case 'x':
    case 'X': {
      uint64_t v;
      if (len >= 4)
        v = va_arg(ap, unsigned long long);
      else
        v = va_arg(ap, unsigned);
      if (len == 1)
        v = (unsigned char)v;
      else if (len == 2)
        v = (unsigned short)v;
      unsigned base = conv == 'u' ? 10 : conv == 'o' ? 8 : 16;
      if (conv == 'X')
        digits = upper_digits;
      p = len >= 4 ? utoa64(end, v, base, digits) : utoa32(end, (uint32_t)v, base, digits);
      if ((flags & F_HASH) && base == 16 && v) {
        prefix[plen++] = '0';
        prefix[plen++] = conv;
      }
      if ((flags & F_HASH) && base == 8) {
        zero_empty = 0;
        if (*p != '0' && prec <= end - p)
          *--p = '0';
      }
    integer:
      if (prec >= 0) {
        flags &= ~F_ZERO;
        if (prec == 0 && zero_empty && p == end - 1 && *p == '0')
          p = end;
      }
      int blen = (int)(end - p);
      int zeros = prec > blen ? prec - blen : 0;
      emit(s, flags, width, prefix, plen, zeros, p, blen);
      break;
    }
    case 'p': {
      void *ptr = va_arg(ap, void *);
      if (!ptr) {
        emit(s, flags & ~F_ZERO, width, prefix, 0, 0, "(nil)", 5);
        break;
      }
      p = utoa32(end, (uint32_t)(uintptr_t)ptr, 16, digits);
      prefix[0] = '0';
      prefix[1] = 'x';
      int blen = (int)(end - p);
      emit(s, flags, width, prefix, 2, prec > blen ? prec - blen : 0, p, blen);
      break;
    }
    case 'c': {
      char c = (char)va_arg(ap, int);
      emit(s, flags & ~F_ZERO, width, prefix, 0, 0, &c, 1);
      break;
    }
    case 's': {
      const char *str = va_arg(ap, const char *);
      if (!str)
        str = "(null)";
      size_t n = prec >= 0 ? strnlen(str, (size_t)prec) : strlen(str);
      emit(s, flags & ~F_ZERO, width, prefix, 0, 0, str, (int)n);
      break;
    }
    case 'n': {
      void *dst = va_arg(ap, void *);
      if (len >= 4)
        *(long long *)dst = (long long)s->total;
      else if (len == 1)
        *(signed char *)dst = (signed char)s->total;
      else if (len == 2)
        *(short *)dst = (short)s->total;
      else
        *(int *)dst = (int)s->total;
      break;
    }
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G':
      if (len == 5)
        format_long_double(s, va_arg(ap, const uint32_t *), conv, flags, width, prec);
      else
        format_double(s, va_arg(ap, double), conv, flags, width, prec);
      break;
    case 'a':
    case 'A':
      format_hex_double(s, va_arg(ap, double), conv, flags, width, prec);
      break;
    case '%':
      put(s, '%');
      break;
    default: /* unknown conversion: print it as written */
      if (!conv)
        fmt--;
      put_n(s, start, (size_t)(fmt - start + 1));
      break;
    }
  }
  return (int)s->total;
}
