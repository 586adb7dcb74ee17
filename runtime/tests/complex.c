/* _Complex arithmetic through __muldc3/__divdc3/__mulsc3/__divsc3 (with
 * Annex G's infinities), and <complex.h> functions to 12 digits. */
#include <complex.h>
#include <math.h>
#include <stdio.h>

static void show(const char *what, double complex z) {
  printf("%s = %.12g %+.12gi\n", what, creal(z), cimag(z));
}

static const char *kind(double x) { return isnan(x) ? "nan" : isinf(x) ? (x > 0 ? "inf" : "-inf") : "fin"; }

int main(void) {
  volatile double a = 1.5, b = -2.25, c = 0.5, d = 4.0;
  double complex x = CMPLX(a, b), y = CMPLX(c, d);
  show("x*y", x * y);
  show("x/y", x / y);
  show("y/x", y / x);
  volatile double big = 1e300;
  double complex h = CMPLX(big, big);
  show("big/big", h / CMPLX(big, -big));
  volatile double inf = INFINITY, nan_ = NAN, zero = 0;
  double complex p = CMPLX(inf, nan_) * CMPLX(2, 3);
  printf("inf*finite: %s %s\n", kind(creal(p)), kind(cimag(p)));
  p = CMPLX(1, 1) / CMPLX(zero, zero);
  printf("1+i/0: %s %s\n", kind(creal(p)), kind(cimag(p)));
  p = CMPLX(1, 1) / CMPLX(inf, nan_);
  printf("finite/inf: %g %g\n", creal(p), cimag(p));
  volatile float fa = 1.5f, fb = 2.0f;
  float complex fx = CMPLXF(fa, fb), fy = CMPLXF(fb, -fa);
  float complex fp = fx * fy, fq = fx / fy;
  printf("float %g%+gi %g%+gi\n", (double)crealf(fp), (double)cimagf(fp), (double)crealf(fq),
         (double)cimagf(fq));

  printf("cabs %.12g carg %.12g\n", cabs(x), carg(x));
  show("conj", conj(x));
  show("cexp", cexp(x));
  show("clog", clog(x));
  show("csqrt", csqrt(x));
  show("csqrt(-4)", csqrt(CMPLX(-4, 0)));
  show("cpow", cpow(x, y));
  show("csin", csin(x));
  show("ccos", ccos(x));
  show("ctan", ctan(x));
  show("csinh", csinh(x));
  show("ccosh", ccosh(x));
  show("ctanh", ctanh(x));
  show("casin", casin(y));
  show("cacos", cacos(y));
  show("catan", catan(y));
  show("I*I", I * I);
  return 0;
}
