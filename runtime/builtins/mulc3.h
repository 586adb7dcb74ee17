/* Template for builtins/mulc3.c: T (real type), C (complex type), MUL,
 * DIV, UINT (bits of T), EXP_BITS, MANT_BITS. */
#define CAT_(a, b) a##b
#define CAT(a, b) CAT_(a, b)
#define F(name) CAT(name, MUL)

static UINT F(bits_)(T x) {
  union {
    T x;
    UINT u;
  } v = {x};
  return v.u;
}

static T F(from_)(UINT u) {
  union {
    UINT u;
    T x;
  } v = {u};
  return v.x;
}

static int F(isnan_)(T x) { return x != x; }
static int F(isinf_)(T x) { return !F(isnan_)(x) && F(isnan_)(x - x); }
static T F(copysign_)(T x, T y) {
  UINT s = (UINT)1 << (EXP_BITS + MANT_BITS);
  return F(from_)((F(bits_)(x) & ~s) | (F(bits_)(y) & s));
}
static T F(fabs_)(T x) { return F(copysign_)(x, (T)1); }

/* x * 2^n for |n| small enough that one or two steps stay in range. */
static T F(scale_)(T x, int n) {
  const int bias = (1 << (EXP_BITS - 1)) - 1;
  while (n) {
    int k = n > bias - 1 ? bias - 1 : n < 1 - bias ? 1 - bias : n;
    x *= F(from_)((UINT)(k + bias) << MANT_BITS);
    n -= k;
  }
  return x;
}

/* floor(log2 |x|) for finite non-zero normal-or-subnormal x. */
static int F(ilogb_)(T x) {
  const int bias = (1 << (EXP_BITS - 1)) - 1;
  UINT u = F(bits_)(x) & (((UINT)1 << (EXP_BITS + MANT_BITS)) - 1);
  int e = (int)(u >> MANT_BITS);
  if (e)
    return e - bias;
  int n = 1 - bias;
  for (UINT m = u & (((UINT)1 << MANT_BITS) - 1); !(m >> MANT_BITS); m <<= 1)
    n--;
  return n + 1;
}

C MUL(T a, T b, T c, T d) {
  T ac = a * c, bd = b * d, ad = a * d, bc = b * c;
  T x = ac - bd, y = ad + bc;
  if (F(isnan_)(x) && F(isnan_)(y)) {
    int recalc = 0;
    if (F(isinf_)(a) || F(isinf_)(b)) {
      a = F(copysign_)(F(isinf_)(a) ? 1 : 0, a);
      b = F(copysign_)(F(isinf_)(b) ? 1 : 0, b);
      if (F(isnan_)(c))
        c = F(copysign_)(0, c);
      if (F(isnan_)(d))
        d = F(copysign_)(0, d);
      recalc = 1;
    }
    if (F(isinf_)(c) || F(isinf_)(d)) {
      c = F(copysign_)(F(isinf_)(c) ? 1 : 0, c);
      d = F(copysign_)(F(isinf_)(d) ? 1 : 0, d);
      if (F(isnan_)(a))
        a = F(copysign_)(0, a);
      if (F(isnan_)(b))
        b = F(copysign_)(0, b);
      recalc = 1;
    }
    if (!recalc && (F(isinf_)(ac) || F(isinf_)(bd) || F(isinf_)(ad) || F(isinf_)(bc))) {
      if (F(isnan_)(a))
        a = F(copysign_)(0, a);
      if (F(isnan_)(b))
        b = F(copysign_)(0, b);
      if (F(isnan_)(c))
        c = F(copysign_)(0, c);
      if (F(isnan_)(d))
        d = F(copysign_)(0, d);
      recalc = 1;
    }
    if (recalc) {
      T inf = F(from_)((((UINT)1 << EXP_BITS) - 1) << MANT_BITS);
      x = inf * (a * c - b * d);
      y = inf * (a * d + b * c);
    }
  }
  C r;
  __real__ r = x;
  __imag__ r = y;
  return r;
}

C DIV(T a, T b, T c, T d) {
  T inf = F(from_)((((UINT)1 << EXP_BITS) - 1) << MANT_BITS);
  int ilogbw = 0;
  /* fmax(|c|, |d|): a NaN loses to the other operand. */
  T m = F(isnan_)(c) || F(fabs_)(d) > F(fabs_)(c) ? F(fabs_)(d) : F(fabs_)(c);
  if (m == m && m != inf && m != 0) {
    ilogbw = F(ilogb_)(m);
    c = F(scale_)(c, -ilogbw);
    d = F(scale_)(d, -ilogbw);
  }
  T den = c * c + d * d;
  T x = F(scale_)((a * c + b * d) / den, -ilogbw);
  T y = F(scale_)((b * c - a * d) / den, -ilogbw);
  if (F(isnan_)(x) && F(isnan_)(y)) {
    if (den == 0 && (!F(isnan_)(a) || !F(isnan_)(b))) {
      x = F(copysign_)(inf, c) * a;
      y = F(copysign_)(inf, c) * b;
    } else if ((F(isinf_)(a) || F(isinf_)(b)) && !F(isinf_)(c) && !F(isnan_)(c) &&
               !F(isinf_)(d) && !F(isnan_)(d)) {
      a = F(copysign_)(F(isinf_)(a) ? 1 : 0, a);
      b = F(copysign_)(F(isinf_)(b) ? 1 : 0, b);
      x = inf * (a * c + b * d);
      y = inf * (b * c - a * d);
    } else if (m == inf && !F(isinf_)(a) && !F(isnan_)(a) && !F(isinf_)(b) &&
               !F(isnan_)(b)) {
      c = F(copysign_)(F(isinf_)(c) ? 1 : 0, c);
      d = F(copysign_)(F(isinf_)(d) ? 1 : 0, d);
      x = 0 * (a * c + b * d);
      y = 0 * (b * c - a * d);
    }
  }
  C r;
  __real__ r = x;
  __imag__ r = y;
  return r;
}

#undef F
#undef CAT
#undef CAT_
