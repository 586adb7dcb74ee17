/* Elementary functions: exp, log, trigonometric, hyperbolic and friends.
 * Argument reduction, then short series; results are within about 1 ulp
 * (not correctly rounded). sin/cos/tan reduce with a three-part pi/2, which is
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

static uint64_t bits(double d) {
  union {
    double d;
    uint64_t u;
  } x = {d};
  return x.u;
}

double exp(double x) {
  if (x != x)
    return x;
  if (x > 709.782712893384)
    return HUGE_VAL;
  if (x < -745.1332191019412)
    return 0.0;
  double kd = floor(x * 1.44269504088896340736 + 0.5);
  int k = (int)kd;
  double r = (x - kd * LN2_HI) - kd * LN2_LO; /* |r| <= 0.35 */
  /* e^r = 1 + r + r^2/2! + ... + r^14/14! (Horner) */
  double p = 1.0 / 87178291200.0;
  static const double inv_fact[] = {1.0 / 6227020800.0, 1.0 / 479001600.0, 1.0 / 39916800.0,
                                    1.0 / 3628800.0, 1.0 / 362880.0, 1.0 / 40320.0,
                                    1.0 / 5040.0, 1.0 / 720.0, 1.0 / 120.0, 1.0 / 24.0,
                                    1.0 / 6.0, 0.5, 1.0, 1.0};
  for (int i = 0; i < 14; i++)
    p = p * r + inv_fact[i];
  return ldexp(p, k);
}

double exp2(double x) {
  if (x != x)
    return x;
  if (x > 1024.0)
    return HUGE_VAL;
  if (x < -1100.0)
    return 0.0;
  double n = floor(x + 0.5), f = x - n; /* exact; |f| <= 1/2 */
  return ldexp(exp(f * 0.69314718055994530942), (int)n);
}

double log(double x) {
  uint64_t u = bits(x);
  if (x != x)
    return x;
  if (x == 0.0)
    return -HUGE_VAL;
  if (u >> 63)
    return NAN;
  if (x == HUGE_VAL)
    return x;
  int e;
  double m = frexp(x, &e); /* [0.5, 1) */
  if (m < 0.70710678118654752440) {
    m *= 2.0;
    e--;
  }
  double f = m - 1.0; /* [-0.29, 0.41] */
  double s = f / (2.0 + f), s2 = s * s;
  /* log(m) = 2 atanh(s) = 2s + 2s (s^2/3 + s^4/5 + ...) */
  double t = 0.0;
  for (int k = 25; k >= 3; k -= 2)
    t = t * s2 + 1.0 / k;
  double hf = 0.5 * f * f;
  /* log(m) = f - hf + s (hf + 2 s^2 t) : the large terms added last */
  double lm = f - (hf - s * (hf + 2.0 * s2 * t));
  return e * LN2_HI + (lm + e * LN2_LO);
}

double log2(double x) {
  uint64_t u = bits(x);
  if (!(u >> 63) && (u & 0x000fffffffffffffull) == 0 && (u >> 52) != 0 && (u >> 52) != 0x7ff)
    return (double)((int)(u >> 52) - 1023); /* exact powers of two */
  return log(x) * 1.44269504088896340736;
}

double log10(double x) {
  double r = log(x) * 0.43429448190325182765;
  double n = floor(r + 0.5); /* exact powers of ten */
  if (fabs(r - n) < 1e-14 && n >= 0 && n <= 22) {
    double p = 1.0;
    for (int i = 0; i < (int)n; i++)
      p *= 10.0;
    if (p == x)
      return n;
  }
  return r;
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

double sin(double x) {
  if (x != x || fabs(x) == HUGE_VAL)
    return x - x;
  double r;
  switch (reduce(x, &r)) {
  case 0: return sin_k(r);
  case 1: return cos_k(r);
  case 2: return -sin_k(r);
  default: return -cos_k(r);
  }
}

double cos(double x) {
  if (x != x || fabs(x) == HUGE_VAL)
    return x - x;
  double r;
  switch (reduce(x, &r)) {
  case 0: return cos_k(r);
  case 1: return -sin_k(r);
  case 2: return -cos_k(r);
  default: return sin_k(r);
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
  if (a > 22.0)
    r = 1.0;
  else if (a < 0.5)
    r = sinh(a) / cosh(a);
  else {
    double e = exp(2.0 * a);
    r = 1.0 - 2.0 / (e + 1.0);
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
  if (x == 0.0 || x != x || y != y)
    return x + y;
  double q = y / x;
  return x * sqrt(1.0 + q * q);
}

double cbrt(double x) {
  if (x == 0.0 || x != x || fabs(x) == HUGE_VAL)
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
