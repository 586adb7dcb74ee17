/* Elementary functions: exp, log, trigonometric, hyperbolic and friends.
 * Argument reduction, then short series; results are within about 1 ulp
 * (not correctly rounded). pow works in double-double arithmetic (within
 * about 1 ulp; integer powers nearly correctly rounded, exact when the
 * result is representable). sin/cos/tan reduce with a three-part pi/2, which is
 * accurate for |x| < 2^20 and degrades beyond. */
#include <math.h>
#include <stdint.h>

#define LN2_HI 6.93147180369123816490e-01 /* upper bits of ln 2, exact products */
#define LN2_LO 1.90821492927058770002e-10
#define PIO2_1 1.57079632673412561417e+00 /* pi/2 in three parts */
#define PIO2_2 6.07710050630396597660e-11
#define PIO2_3 2.02226624871116645580e-21
#define PI 3.14159265358979311600e+00
#define PIO2 1.57079632679489655800e+00
#define PIO4 7.85398163397448278999e-01

double expm1(double x);

static uint64_t bits(double d) {
  union {
    double d;
    uint64_t u;
  } x = {d};
  return x.u;
}

/* NaN test on the bits. (Also keeps LLVM from merging "x != x || x == c"
 * into one unordered-or-equal compare, which needs two soft-float calls.) */
static int nan_bits(double x) { return (bits(x) & ~(1ull << 63)) > 0x7ff0000000000000ull; }

static void two_sum(double a, double b, double *s, double *e);
static void two_prod(double a, double b, double *p, double *e);

/* 2^(j/32), j = 0..31, as double-double (hi, lo). */
static const double exp2_table[32][2] = {
    {1.0, 0.0},
    {1.0218971486541166, 5.109225028973444e-17},
    {1.0442737824274138, 8.551889705537965e-17},
    {1.0671404006768237, -7.899853966841582e-17},
    {1.0905077326652577, -3.046782079812471e-17},
    {1.1143867425958924, 1.0410278456845571e-16},
    {1.1387886347566916, 8.912812676025408e-17},
    {1.1637248587775775, 3.8292048369240935e-17},
    {1.189207115002721, 3.982015231465646e-17},
    {1.215247359980469, -7.712630692681488e-17},
    {1.241857812073484, 4.658027591836937e-17},
    {1.2690509571917332, 2.667932131342186e-18},
    {1.2968395546510096, 2.5382502794888315e-17},
    {1.3252366431597413, -2.8587312100388614e-17},
    {1.3542555469368927, 7.70094837980299e-17},
    {1.383909881963832, -6.770511658794786e-17},
    {1.4142135623730951, -9.667293313452913e-17},
    {1.4451808069770467, -3.0237581349939873e-17},
    {1.4768261459394993, -3.483994556892796e-17},
    {1.5091644275934228, -1.016455327754295e-16},
    {1.5422108254079407, 7.949834809697621e-17},
    {1.5759808451078865, -1.0136916471278304e-17},
    {1.6104903319492543, 2.4707192569797888e-17},
    {1.645755478153965, -1.0125679913674773e-16},
    {1.681792830507429, 8.199010020581497e-17},
    {1.718619298122478, -1.851380418263111e-17},
    {1.7562521603732995, 2.960140695448873e-17},
    {1.7947090750031072, 1.8227458427912087e-17},
    {1.8340080864093424, 3.283107224245627e-17},
    {1.8741676341103, -6.122763413004143e-17},
    {1.9152065613971474, -1.0619946056195963e-16},
    {1.9571441241754002, 8.960767791036668e-17}
};

/* e^(hi + lo) for |lo| much smaller than |hi|, hi within the double range:
 * x = (32m + j) ln2/32 + r, |r| <= ln2/64, r = rh + rl with rh exact, and
 * e^x = 2^m 2^(j/32) (1 + rh + (rl + r^2/2 + ... + r^8/8!)), summed in
 * double-double so that the error before the final rounding is about
 * 2^-66 relative: the result is correctly rounded but for rare cases. */
static double exp_kernel(double hi, double lo) {
  double kd = floor(hi * 46.166241308446828384 + 0.5); /* 32/ln2 */
  double rh = hi - kd * (LN2_HI / 32); /* exact: kd * LN2_HI has trailing zeros */
  double rl = lo - kd * (LN2_LO / 32);
  double r = rh + rl;
  double poly =
      r * r *
      (0.5 + r * (1.0 / 6 + r * (1.0 / 24 + r * (1.0 / 120 + r * (1.0 / 720 + r * (1.0 / 5040 +
                                                                          r * (1.0 / 40320)))))));
  double pl = rl + poly; /* e^r = 1 + rh + pl */
  int k = (int)kd, j = k & 31, m = (k - j) / 32;
  double th = exp2_table[j][0], tl = exp2_table[j][1];
  double a, ae, s, se;
  two_prod(th, rh, &a, &ae);
  two_sum(th, a, &s, &se);
  double rest = se + ae + th * pl + tl * (1.0 + rh + pl);
  return ldexp(s + rest, m);
}

double exp(double x) {
  if (x != x)
    return x;
  if (x > 709.782712893384)
    return HUGE_VAL;
  if (x < -745.1332191019412)
    return 0.0;
  return exp_kernel(x, 0.0);
}

double exp2(double x) {
  if (x != x)
    return x;
  if (x > 1024.0)
    return HUGE_VAL;
  if (x < -1100.0)
    return 0.0;
  double n = floor(x + 0.5), f = x - n; /* exact; |f| <= 1/2 */
  double h, l; /* f ln2 in double-double */
  two_prod(f, 0.69314718055994530942, &h, &l);
  l += f * 2.3190468138462996e-17;
  return ldexp(exp_kernel(h, l), (int)n);
}

/* sin and cos of r in [-pi/4, pi/4] */
static double sin_k(double r) {
  /* Taylor series to r^19, nested: r (1 - r^2/(2.3) (1 - r^2/(4.5) (...))) */
  double r2 = r * r;
  double t = r2 / (18.0 * 19.0);
  t = r2 / (16.0 * 17.0) * (1.0 - t);
  t = r2 / (14.0 * 15.0) * (1.0 - t);
  t = r2 / (12.0 * 13.0) * (1.0 - t);
  t = r2 / (10.0 * 11.0) * (1.0 - t);
  t = r2 / (8.0 * 9.0) * (1.0 - t);
  t = r2 / (6.0 * 7.0) * (1.0 - t);
  t = r2 / (4.0 * 5.0) * (1.0 - t);
  t = r2 / (2.0 * 3.0) * (1.0 - t);
  return r - r * t;
}

static double cos_k(double r) {
  double r2 = r * r;
  double t = r2 / (19.0 * 20.0);
  t = r2 / (17.0 * 18.0) * (1.0 - t);
  t = r2 / (15.0 * 16.0) * (1.0 - t);
  t = r2 / (13.0 * 14.0) * (1.0 - t);
  t = r2 / (11.0 * 12.0) * (1.0 - t);
  t = r2 / (9.0 * 10.0) * (1.0 - t);
  t = r2 / (7.0 * 8.0) * (1.0 - t);
  t = r2 / (5.0 * 6.0) * (1.0 - t);
  t = r2 / (3.0 * 4.0) * (1.0 - t);
  double hr2 = 0.5 * r2;
  double w = 1.0 - hr2;
  return w + (((1.0 - w) - hr2) + hr2 * t);
}

/* x = n pi/2 + r, |r| <= pi/4; returns n mod 4 */
static int reduce(double x, double *r) {
  if (fabs(x) <= PIO4) {
    *r = x;
    return 0;
  }
  double n = floor(x * 0.63661977236758134308 + 0.5);
  *r = ((x - n * PIO2_1) - n * PIO2_2) - n * PIO2_3;
  return (int)(n - 4.0 * floor(n * 0.25));
}

/* The same reduction with r = rh + rl in double-double: n PIO2_1 and
 * n PIO2_2 are exact (33-bit constants, |n| < 2^20), so only the last
 * part's product rounds, far below rh's last bit. */
static int reduce_dd(double x, double *rh, double *rl) {
  if (fabs(x) <= PIO4) {
    *rh = x;
    *rl = 0;
    return 0;
  }
  double n = floor(x * 0.63661977236758134308 + 0.5);
  double t = x - n * PIO2_1, w = n * PIO2_2, e;
  two_sum(t, -w, rh, &e);
  double h = *rh;
  two_sum(h, e - n * PIO2_3, rh, rl);
  return (int)(n - 4.0 * floor(n * 0.25));
}

/* sin(rh + rl), |rh| <= pi/4: rh - rh^3/6 with the cube in double-double,
 * the rest of the series in double (below 0.003 of rh's ulp), and
 * rl cos rh to first order. */
static double sin_dd(double rh, double rl) {
  double q, qe, c, ce;
  two_prod(rh, rh, &q, &qe);
  two_prod(q, rh, &c, &ce);
  ce += qe * rh; /* rh^3 = c + ce */
  double h = c / 6.0, p, pe;
  two_prod(h, 6.0, &p, &pe);
  double l = ((c - p) - pe + ce) / 6.0; /* rh^3/6 = h + l */
  /* rh^5/5! (1 - rh^2/(6.7) (1 - ...)) */
  double t = q / (18.0 * 19.0);
  t = q / (16.0 * 17.0) * (1.0 - t);
  t = q / (14.0 * 15.0) * (1.0 - t);
  t = q / (12.0 * 13.0) * (1.0 - t);
  t = q / (10.0 * 11.0) * (1.0 - t);
  t = q / (8.0 * 9.0) * (1.0 - t);
  t = q / (6.0 * 7.0) * (1.0 - t);
  double rest = c * q / 120.0 * (1.0 - t);
  double s, se;
  two_sum(rh, -h, &s, &se);
  return s + (se - l + rest + rl * (1.0 - 0.5 * q));
}

/* cos(rh + rl): 1 - rh^2/2 + rh^4/24 with both terms in double-double,
 * the rest in double, and - rl sin rh to first order. */
static double cos_dd(double rh, double rl) {
  double q, qe, f, fe;
  two_prod(rh, rh, &q, &qe);
  double w, we;
  two_sum(1.0, -0.5 * q, &w, &we);
  two_prod(q, q, &f, &fe);
  fe += 2.0 * q * qe; /* rh^4 = f + fe */
  double h = f / 24.0, p, pe;
  two_prod(h, 24.0, &p, &pe);
  double l = ((f - p) - pe + fe) / 24.0; /* rh^4/24 = h + l */
  /* rh^6/6! (1 - rh^2/(7.8) (1 - ...)) */
  double t = q / (19.0 * 20.0);
  t = q / (17.0 * 18.0) * (1.0 - t);
  t = q / (15.0 * 16.0) * (1.0 - t);
  t = q / (13.0 * 14.0) * (1.0 - t);
  t = q / (11.0 * 12.0) * (1.0 - t);
  t = q / (9.0 * 10.0) * (1.0 - t);
  t = q / (7.0 * 8.0) * (1.0 - t);
  double rest = -(f * q / 720.0) * (1.0 - t);
  double s, se;
  two_sum(w, h, &s, &se);
  return s + (we + se - 0.5 * qe + l + rest - rl * rh);
}

double sin(double x) {
  if (x != x || fabs(x) == HUGE_VAL)
    return x - x;
  double rh, rl;
  switch (reduce_dd(x, &rh, &rl)) {
  case 0: return sin_dd(rh, rl);
  case 1: return cos_dd(rh, rl);
  case 2: return -sin_dd(rh, rl);
  default: return -cos_dd(rh, rl);
  }
}

double cos(double x) {
  if (x != x || fabs(x) == HUGE_VAL)
    return x - x;
  double rh, rl;
  switch (reduce_dd(x, &rh, &rl)) {
  case 0: return cos_dd(rh, rl);
  case 1: return -sin_dd(rh, rl);
  case 2: return -cos_dd(rh, rl);
  default: return sin_dd(rh, rl);
  }
}

double tan(double x) {
  if (x != x || fabs(x) == HUGE_VAL)
    return x - x;
  double r;
  int q = reduce(x, &r);
  double s = sin_k(r), c = cos_k(r);
  return q & 1 ? -c / s : s / c;
}

/* atan of t in [0, 2 - sqrt(3)] */
static double atan_k(double t) {
  double t2 = t * t, p = 0.0;
  for (int k = 31; k >= 3; k -= 2)
    p = 1.0 / k - t2 * p;
  return t - t * t2 * p;
}

double atan(double x) {
  if (x != x)
    return x;
  int neg = x < 0;
  double a = fabs(x), r;
  int inv = a > 1.0;
  if (inv)
    a = 1.0 / a;
  if (a > 0.26794919243112270647) { /* 2 - sqrt(3): shift by pi/6 */
    const double s3 = 1.73205080756887729353;
    r = 0.52359877559829887308 + atan_k((a * s3 - 1.0) / (s3 + a));
  } else {
    r = atan_k(a);
  }
  if (inv)
    r = PIO2 - r;
  return neg ? -r : r;
}

double atan2(double y, double x) {
  if (x != x || y != y)
    return x + y;
  if (x == 0.0 && y == 0.0) {
    int xneg = (int)(bits(x) >> 63), yneg = (int)(bits(y) >> 63);
    return xneg ? (yneg ? -PI : PI) : y;
  }
  if (fabs(x) == HUGE_VAL && fabs(y) == HUGE_VAL)
    return x > 0 ? (y > 0 ? PIO4 : -PIO4) : (y > 0 ? 3 * PIO4 : -3 * PIO4);
  if (x == 0.0)
    return y > 0 ? PIO2 : -PIO2;
  double a = atan(fabs(y / x));
  if (x < 0)
    a = PI - a;
  return (bits(y) >> 63) ? -a : a;
}

double asin(double x) {
  if (!(fabs(x) <= 1.0))
    return NAN;
  return atan2(x, sqrt((1.0 - x) * (1.0 + x)));
}

double acos(double x) {
  if (!(fabs(x) <= 1.0))
    return NAN;
  return atan2(sqrt((1.0 - x) * (1.0 + x)), x);
}

double sinh(double x) {
  double a = fabs(x);
  if (a < 1.0) {
    double x2 = x * x, t = 0.0;
    for (int k = 17; k >= 3; k -= 2)
      t = x2 / (k * (k - 1)) * (1.0 + t);
    return x + x * t;
  }
  double e = exp(a);
  double r = 0.5 * e - 0.5 / e;
  return x < 0 ? -r : r;
}

double cosh(double x) {
  double e = exp(fabs(x));
  return 0.5 * e + 0.5 / e;
}

double tanh(double x) {
  double a = fabs(x), r;
  if (a > 22.0) {
    r = 1.0;
  } else {
    double t = expm1(2.0 * a); /* tanh a = (e^2a - 1) / (e^2a + 1) */
    r = t / (t + 2.0);
  }
  return x < 0 ? -r : r;
}

double hypot(double x, double y) {
  x = fabs(x);
  y = fabs(y);
  if (x == HUGE_VAL || y == HUGE_VAL)
    return HUGE_VAL;
  if (x < y) {
    double t = x;
    x = y;
    y = t;
  }
  if (nan_bits(x) || nan_bits(y))
    return x + y;
  if (x == 0.0)
    return y;
  double q = y / x;
  return x * sqrt(1.0 + q * q);
}

double cbrt(double x) {
  if (nan_bits(x) || x == 0.0 || fabs(x) == HUGE_VAL)
    return x;
  int e;
  double m = frexp(fabs(x), &e); /* x = m 2^e */
  int r = e % 3;
  if (r < 0)
    r += 3;
  m = ldexp(m, r); /* now 2^(e-r) with e-r divisible by 3 */
  e -= r;
  double y = 1.0; /* m in [0.5, 4) */
  for (int i = 0; i < 8; i++)
    y = y - (y * y * y - m) / (3.0 * y * y);
  y = ldexp(y, e / 3);
  return x < 0 ? -y : y;
}

double modf(double x, double *ip) {
  double t = trunc(x);
  *ip = t;
  if (fabs(x) == HUGE_VAL)
    return copysign(0.0, x);
  return copysign(x - t, x);
}

/* round half to even at integer precision */
double rint(double x) {
  double t = trunc(x), d = x - t;
  if (d > 0.5 || (d == 0.5 && fmod(t, 2.0) != 0.0))
    return t + 1.0;
  if (d < -0.5 || (d == -0.5 && fmod(t, 2.0) != 0.0))
    return t - 1.0;
  return t;
}
double nearbyint(double x) { return rint(x); }
long lround(double x) { return (long)round(x); }
long long llround(double x) { return (long long)round(x); }
long lrint(double x) { return (long)rint(x); }

float expf(float x) { return (float)exp(x); }
float logf(float x) { return (float)log(x); }
float log2f(float x) { return (float)log2(x); }
float log10f(float x) { return (float)log10(x); }
float powf(float x, float y) { return (float)pow(x, y); }
float sinf(float x) { return (float)sin(x); }
float cosf(float x) { return (float)cos(x); }
float tanf(float x) { return (float)tan(x); }
float atanf(float x) { return (float)atan(x); }
float atan2f(float y, float x) { return (float)atan2(y, x); }
float asinf(float x) { return (float)asin(x); }
float acosf(float x) { return (float)acos(x); }
float sinhf(float x) { return (float)sinh(x); }
float coshf(float x) { return (float)cosh(x); }
float tanhf(float x) { return (float)tanh(x); }
float hypotf(float x, float y) { return (float)hypot(x, y); }
float fmodf(float x, float y) { return (float)fmod(x, y); }
float roundf(float x) { return (float)round(x); }
float truncf(float x) { return (float)trunc(x); }
float copysignf(float x, float y) { return (float)copysign(x, y); }
float fminf(float a, float b) { return (float)fmin(a, b); }
float fmaxf(float a, float b) { return (float)fmax(a, b); }
float ldexpf(float x, int e) { return (float)ldexp(x, e); }
float cbrtf(float x) { return (float)cbrt(x); }

void sincos(double x, double *s, double *c) {
  *s = sin(x);
  *c = cos(x);
}

void sincosf(float x, float *s, float *c) {
  *s = sinf(x);
  *c = cosf(x);
}

/* ---- pow in double-double arithmetic ------------------------------------
 * Error-free transformations (Dekker, Knuth): every product and sum below is
 * an exact IEEE operation, so they hold on the soft-float as on hardware. */
static void two_sum(double a, double b, double *s, double *e) {
  *s = a + b;
  double bb = *s - a;
  *e = (a - (*s - bb)) + (b - bb);
}

static void split(double a, double *hi, double *lo) {
  double c = 134217729.0 * a; /* 2^27 + 1 */
  *hi = c - (c - a);
  *lo = a - *hi;
}

static void two_prod(double a, double b, double *p, double *e) {
  double ah, al, bh, bl;
  *p = a * b;
  split(a, &ah, &al);
  split(b, &bh, &bl);
  *e = ((ah * bh - *p) + ah * bl + al * bh) + al * bl;
}

/* ln(1 + k/8) for k = -2..3 as double-double (hi, lo) */
static const double lnc[6][2] = {
    {-0.2876820724517809, -2.607160616442564e-17}, {-0.13353139262452263, 3.664457663660085e-18},
    {0.0, 0.0},                                    {0.11778303565638346, -1.1971685747593677e-18},
    {0.22314355131420976, -9.091270597324799e-18}, {0.3184537311185346, 2.7114779367326236e-17}};

/* ln x (x > 0, finite) as hi + lo, about 2^-64 relative: x = 2^e m,
 * m = c (1 + small) with c = 1 + k/8, ln m = ln c + 2 atanh((m-c)/(m+c)),
 * |(m-c)/(m+c)| < 0.042. */
static void log_dd(double x, double *hi, double *lo) {
  int e;
  double m = frexp(x, &e);
  if (m < 0.70710678118654752440) {
    m *= 2.0;
    e--;
  }
  int k = (int)floor((m - 1.0) * 8.0 + 0.5);
  double c = 1.0 + k * 0.125;
  double f = m - c; /* exact */
  double dh, dl;
  two_sum(c, m, &dh, &dl); /* c + m exactly */
  double sh = f / dh, p, pe;
  two_prod(sh, dh, &p, &pe);
  double sl = (((f - p) - pe) - sh * dl) / dh; /* s = f / (c + m) = sh + sl */
  double s2 = sh * sh, t = 0.0;
  for (int j = 15; j >= 3; j -= 2)
    t = t * s2 + 1.0 / j;
  double tail = 2.0 * sh * s2 * t; /* 2 atanh s = 2s + tail */
  double a, ae, h, he;
  two_sum(e * LN2_HI, lnc[k + 2][0], &a, &ae);
  two_sum(a, 2.0 * sh, &h, &he);
  double l = ae + he + (2.0 * sl + tail + (e * LN2_LO + lnc[k + 2][1]));
  two_sum(h, l, hi, lo);
}

/* (ah + al) * b in double-double */
static void mul_dd(double ah, double al, double b, double *h, double *l) {
  double p, e;
  two_prod(ah, b, &p, &e);
  e += al * b;
  two_sum(p, e, h, l);
}

/* log, log2, log10: ln x in double-double, times the constant in
 * double-double, then rounded once: nearly always correctly rounded. */
static double log_scaled(double x, double ch, double cl) {
  if (x != x)
    return x;
  if (x == 0.0)
    return -HUGE_VAL;
  if (x < 0.0)
    return NAN;
  if (x == HUGE_VAL)
    return x;
  double h, l;
  log_dd(x, &h, &l);
  if (ch == 1.0)
    return h;
  double p, pe;
  two_prod(h, ch, &p, &pe);
  return p + (pe + (l * ch + h * cl));
}

double log(double x) { return log_scaled(x, 1.0, 0.0); }
double log2(double x) { return log_scaled(x, 1.4426950408889634, 2.0355273740931033e-17); }
double log10(double x) { return log_scaled(x, 0.4342944819032518, 1.098319650216765e-17); }

static int is_odd_integer(double y) {
  if (y != trunc(y) || fabs(y) >= 9007199254740992.0)
    return 0;
  return fmod(y, 2.0) != 0.0;
}

double pow(double x, double y) {
  if (y == 0.0 || x == 1.0)
    return 1.0;
  if (x != x || y != y)
    return x + y;
  int yint = y == trunc(y), yodd = is_odd_integer(y);
  double ax = fabs(x);
  if (fabs(y) == HUGE_VAL) {
    if (ax == 1.0)
      return 1.0;
    return (ax > 1.0) == (y > 0) ? HUGE_VAL : 0.0;
  }
  if (ax == 0.0 || ax == HUGE_VAL) {
    int big = (ax == 0.0) == (y < 0); /* 0^-y and inf^+y are infinite */
    double r = big ? HUGE_VAL : 0.0;
    return x < 0 && yodd ? -r : r;
  }
  if (x < 0 && !yint)
    return NAN;
  double sign = x < 0 && yodd ? -1.0 : 1.0;
  if (yint && fabs(y) <= 1024.0) {
    /* repeated squaring in double-double: nearly correctly rounded, and
     * exact whenever the result is representable */
    unsigned n = (unsigned)fabs(y);
    double rh = 1.0, rl = 0.0, bh = ax, bl = 0.0;
    int ok = 1;
    for (; n; n >>= 1) {
      if (n & 1) {
        double h, l;
        mul_dd(rh, rl, bh, &h, &l);
        l += rh * bl;
        two_sum(h, l, &rh, &rl);
      }
      if (n > 1) {
        double h, l;
        mul_dd(bh, bl, bh, &h, &l);
        l += bh * bl;
        two_sum(h, l, &bh, &bl);
      }
      if (!(fabs(rh) < 1e290 && fabs(bh) < 1e290 && fabs(rh) > 1e-290)) {
        ok = 0;
        break;
      }
    }
    if (ok) {
      if (y > 0)
        return sign * (rh + rl);
      double q = 1.0 / rh, p, e;
      two_prod(q, rh, &p, &e);
      double ql = ((1.0 - p) - e - q * rl) / rh;
      return sign * (q + ql);
    }
  }
  double lh, ll, zh, zl;
  log_dd(ax, &lh, &ll);
  if (fabs(y * lh) > 800.0)
    return sign * (y * lh > 0 ? HUGE_VAL : 0.0);
  mul_dd(lh, ll, y, &zh, &zl);
  if (zh > 709.782712893384)
    return sign * HUGE_VAL;
  if (zh < -745.2)
    return sign * 0.0;
  return sign * exp_kernel(zh, zl);
}

double exp10(double x) { return pow(10.0, x); }
float exp10f(float x) { return (float)pow(10.0, x); }
float exp2f(float x) { return (float)exp2(x); }

/* log(1 + x): the rounding of 1 + x is corrected to first order. */
double log1p(double x) {
  double u = 1.0 + x;
  if (u == 1.0)
    return x;
  if (u == HUGE_VAL || x != x)
    return u;
  return log(u) - ((u - 1.0) - x) / u;
}

/* e^x - 1 without cancellation for small x. */
double expm1(double x) {
  if (fabs(x) < 0.5) {
    double t = 0.0; /* x + x^2/2! + ... + x^18/18! */
    for (int k = 18; k >= 2; k--)
      t = x / k * (1.0 + t);
    return x + x * t;
  }
  return exp(x) - 1.0;
}

double roundeven(double x) { return rint(x); }
float rintf(float x) { return (float)rint(x); }
float nearbyintf(float x) { return (float)rint(x); }
float roundevenf(float x) { return (float)rint(x); }
long lroundf(float x) { return (long)round(x); }
long long llrint(double x) { return (long long)rint(x); }
float log1pf(float x) { return (float)log1p(x); }
float expm1f(float x) { return (float)expm1(x); }
float modff(float x, float *ip) {
  double i, f = modf(x, &i);
  *ip = (float)i;
  return (float)f;
}
