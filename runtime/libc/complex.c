/* <complex.h>: the elementary functions through the real ones (principal
 * branches; special values follow from the real functions, not Annex G in
 * every corner). */
#include <complex.h>
#include <math.h>

#undef creal
#undef cimag
#undef crealf
#undef cimagf

static double _Complex mk(double x, double y) { return CMPLX(x, y); }
static float _Complex mkf(float x, float y) { return CMPLXF(x, y); }

double creal(double _Complex z) { return __real__ z; }
double cimag(double _Complex z) { return __imag__ z; }
double _Complex conj(double _Complex z) { return mk(__real__ z, -__imag__ z); }
double cabs(double _Complex z) { return hypot(__real__ z, __imag__ z); }
double carg(double _Complex z) { return atan2(__imag__ z, __real__ z); }

double _Complex cproj(double _Complex z) {
  if (isinf(__real__ z) || isinf(__imag__ z))
    return mk(INFINITY, copysign(0.0, __imag__ z));
  return z;
}

double _Complex cexp(double _Complex z) {
  double x = __real__ z, y = __imag__ z;
  if (y == 0)
    return mk(exp(x), y);
  double r = exp(x);
  return mk(r * cos(y), r * sin(y));
}

double _Complex clog(double _Complex z) { return mk(log(cabs(z)), carg(z)); }

double _Complex csqrt(double _Complex z) {
  double x = __real__ z, y = __imag__ z;
  if (x == 0 && y == 0)
    return mk(0, y);
  if (isinf(y))
    return mk(INFINITY, y);
  if (isnan(x))
    return mk(x, y == y ? x : y);
  if (isinf(x)) {
    if (x > 0)
      return mk(x, isnan(y) ? y : copysign(0.0, y));
    return mk(isnan(y) ? y : 0, copysign(INFINITY, y));
  }
  /* t = sqrt((|x| + |z|) / 2), computed without overflow. */
  double t = sqrt(0.5 * fabs(x) + 0.5 * cabs(z));
  if (x >= 0)
    return mk(t, y / (2 * t));
  return mk(fabs(y) / (2 * t), copysign(t, y));
}

double _Complex cpow(double _Complex z, double _Complex w) {
  if (__real__ z == 0 && __imag__ z == 0) {
    if (__real__ w > 0)
      return mk(0, 0);
  }
  return cexp(w * clog(z));
}

double _Complex csinh(double _Complex z) {
  double x = __real__ z, y = __imag__ z;
  return mk(sinh(x) * cos(y), cosh(x) * sin(y));
}

double _Complex ccosh(double _Complex z) {
  double x = __real__ z, y = __imag__ z;
  return mk(cosh(x) * cos(y), sinh(x) * sin(y));
}

double _Complex ctanh(double _Complex z) {
  double x = __real__ z, y = __imag__ z;
  if (fabs(x) > 22)
    return mk(copysign(1.0, x), copysign(0.0, sin(2 * y)));
  double d = cosh(2 * x) + cos(2 * y);
  return mk(sinh(2 * x) / d, sin(2 * y) / d);
}

/* sin z = -i sinh(iz), and so on. */
double _Complex csin(double _Complex z) {
  double _Complex r = csinh(mk(-__imag__ z, __real__ z));
  return mk(__imag__ r, -__real__ r);
}

double _Complex ccos(double _Complex z) { return ccosh(mk(-__imag__ z, __real__ z)); }

double _Complex ctan(double _Complex z) {
  double _Complex r = ctanh(mk(-__imag__ z, __real__ z));
  return mk(__imag__ r, -__real__ r);
}

/* asinh z = log(z + sqrt(z^2 + 1)); asin z = -i asinh(iz). */
double _Complex casinh(double _Complex z) {
  double _Complex r = clog(z + csqrt(z * z + 1));
  return r;
}

double _Complex casin(double _Complex z) {
  double _Complex r = casinh(mk(-__imag__ z, __real__ z));
  return mk(__imag__ r, -__real__ r);
}

double _Complex cacos(double _Complex z) {
  double _Complex a = casin(z);
  return mk(M_PI_2 - __real__ a, -__imag__ a);
}

double _Complex cacosh(double _Complex z) {
  double _Complex r = clog(z + csqrt(z + 1) * csqrt(z - 1));
  return r;
}

double _Complex catanh(double _Complex z) {
  return 0.5 * (clog(1 + z) - clog(1 - z));
}

double _Complex catan(double _Complex z) {
  double _Complex r = catanh(mk(-__imag__ z, __real__ z));
  return mk(__imag__ r, -__real__ r);
}

static double _Complex up(float _Complex z) { return mk(__real__ z, __imag__ z); }
static float _Complex down(double _Complex z) { return mkf((float)__real__ z, (float)__imag__ z); }

float crealf(float _Complex z) { return __real__ z; }
float cimagf(float _Complex z) { return __imag__ z; }
float _Complex conjf(float _Complex z) { return mkf(__real__ z, -__imag__ z); }
float cabsf(float _Complex z) { return (float)cabs(up(z)); }
float cargf(float _Complex z) { return (float)carg(up(z)); }
float _Complex cprojf(float _Complex z) { return down(cproj(up(z))); }
float _Complex cexpf(float _Complex z) { return down(cexp(up(z))); }
float _Complex clogf(float _Complex z) { return down(clog(up(z))); }
float _Complex csqrtf(float _Complex z) { return down(csqrt(up(z))); }
float _Complex cpowf(float _Complex z, float _Complex w) { return down(cpow(up(z), up(w))); }
float _Complex csinf(float _Complex z) { return down(csin(up(z))); }
float _Complex ccosf(float _Complex z) { return down(ccos(up(z))); }
