/* C99 math: classification, nextafter, scalbn/ilogb/logb, fma (exactly
 * rounded: cases where a separate multiply and add differ), remainder and
 * remquo, fdim, and the transcendental additions (asinh acosh atanh erf
 * erfc tgamma lgamma) to 12 significant digits. */
#include <float.h>
#include <math.h>
#include <stdio.h>

static const char *cls(int c) {
  return c == FP_NAN ? "nan" : c == FP_INFINITE ? "inf" : c == FP_ZERO ? "zero"
       : c == FP_SUBNORMAL ? "subnormal" : c == FP_NORMAL ? "normal" : "?";
}

int main(void) {
  volatile double tiny = 0x1p-1070, one = 1.0, zero = 0.0;
  printf("fpclassify %s %s %s %s %s, float %s\n", cls(fpclassify(one)), cls(fpclassify(tiny)),
         cls(fpclassify(zero)), cls(fpclassify(one / zero)), cls(fpclassify(zero / zero)),
         cls(fpclassify(0x1p-130f)));
  printf("isnormal %d %d isgreater %d isunordered %d\n", isnormal(one), isnormal(tiny),
         isgreater(2.0, one), isunordered(one, zero / zero));
  printf("nextafter %a %a %a %a\n", nextafter(1.0, 2.0), nextafter(1.0, 0.0), nextafter(0.0, -1.0),
         nextafter(DBL_MAX, INFINITY));
  printf("nextafterf %a %a\n", (double)nextafterf(1.0f, 2.0f), (double)nextafterf(0.0f, 1.0f));
  printf("scalbn %a %a %a ilogb %d %d logb %g\n", scalbn(1.5, 10), scalbn(1.0, -1074),
         scalbn(1.0, 2000), ilogb(1024.0), ilogb(0x1p-1074), logb(0.125));

  double a = 1 + 0x1p-30, b = 1 - 0x1p-30;
  printf("fma %a\n", fma(a, b, -1.0));
  printf("fma %a %a %a\n", fma(0x1.fffffffffffffp0, 0x1.0000000000001p0, -2.0),
         fma(3.0, 1.0 / 3.0, -1.0), fma(0x1p-1000, 0x1p-74, 0x1p-1074));
  printf("fma %a %a %a\n", fma(1e308, 10.0, -1e308), fma(0.1, 10.0, -1.0),
         fma(-0x1.0000000000001p0, 0x1.0000000000001p0, 0x1.0000000000002p0));
  printf("fma special %d %d %g\n", isnan(fma(INFINITY, 0.0, 1.0)),
         isnan(fma(INFINITY, 2.0, -INFINITY)), fma(2.0, 3.0, INFINITY));
  printf("fmaf %a %a\n", (double)fmaf(1 + 0x1p-12f, 1 - 0x1p-12f, -1.0f),
         (double)fmaf(0.1f, 10.0f, -1.0f));

  int q;
  double r = remquo(10.0, 3.0, &q);
  printf("remquo %g %d ", r, q);
  r = remquo(-11.0, 3.0, &q);
  printf("%g %d ", r, q);
  r = remquo(7.5, 2.0, &q);
  printf("%g %d\n", r, q);
  printf("remainder %g %g %g %g\n", remainder(5.0, 2.0), remainder(7.0, 2.0),
         remainder(1e300, 3.0), remainder(-0.75, 0.5));
  printf("fdim %g %g\n", fdim(5, 3), fdim(3, 5));

  double xs[] = {-3.5, -0.75, -1e-5, 0.0, 1e-300, 0.25, 0.5, 1.0, 1.5, 2.5, 5.0, 10.0, 30.0, 170.5};
  for (unsigned i = 0; i < sizeof xs / sizeof *xs; i++) {
    double x = xs[i];
    printf("x=%g asinh %.12g atanh %.12g erf %.12g erfc %.12g tgamma %.12g lgamma %.12g\n", x,
           asinh(x), fabs(x) < 1 ? atanh(x) : 0.0, erf(x), erfc(x), tgamma(x), lgamma(x));
  }
  printf("acosh %.12g %.12g %.12g\n", acosh(1.0), acosh(1.5), acosh(1e10));
  printf("tgamma ints %g %g %g signgam after lgamma(-0.5): ", tgamma(1.0), tgamma(5.0),
         tgamma(20.0));
  lgamma(-0.5);
  printf("%d\n", signgam);
  printf("floats %.6g %.6g %.6g\n", (double)erff(0.5f), (double)tgammaf(4.5f),
         (double)asinhf(2.0f));
  return 0;
}
