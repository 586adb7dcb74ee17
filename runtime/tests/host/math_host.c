/* Measures the error of libc/math.c and libc/mathfn.c (symbols prefixed with
 * rt_ by objcopy) against the host's libm, in ulps, on random arguments. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

#define F1(n) double rt_##n(double);
F1(exp) F1(exp2) F1(log) F1(log2) F1(log10) F1(sin) F1(cos) F1(tan) F1(asin) F1(acos) F1(atan)
F1(log1p) F1(expm1) F1(sinh) F1(cosh) F1(tanh) F1(cbrt) F1(sqrt) F1(floor) F1(ceil) F1(trunc) F1(round) F1(rint)
double rt_atan2(double, double);
double rt_hypot(double, double);
double rt_pow(double, double);
double rt_fmod(double, double);
F1(asinh) F1(acosh) F1(atanh) F1(erf) F1(erfc) F1(tgamma) F1(lgamma)
double rt_fma(double, double, double);
double rt_remainder(double, double);
double rt_nextafter(double, double);
/* libc/mathext.c sets errno through glibc's __errno_location (prefixed). */
static int rt_errno_slot;
int *rt___errno_location(void) { return &rt_errno_slot; }
static long cases = 200000;

static uint64_t rs = 0x853c49e6748fea9bull;
static uint64_t rnd(void) {
  rs ^= rs << 13;
  rs ^= rs >> 7;
  rs ^= rs << 17;
  return rs;
}
static double uniform(double lo, double hi) { return lo + (hi - lo) * (double)(rnd() >> 11) / 9007199254740992.0; }

static double ulps(double want, double got) {
  if (want != want)
    return got != got ? 0 : 1e9;
  if (want == got)
    return 0;
  if (isinf(want) || isinf(got))
    return 1e9;
  int e;
  frexp(want, &e);
  double ulp = ldexp(1.0, (e - 53 < -1074 ? -1074 : e - 53));
  return fabs(want - got) / ulp;
}

static int bad;
static void report(const char *name, double (*mine)(double), double (*ref)(double), double lo, double hi, double limit) {
  double worst = 0, wx = 0;
  long exact = 0, n = cases;
  for (long i = 0; i < n; i++) {
    double x = uniform(lo, hi);
    double u = ulps(ref(x), mine(x));
    exact += u == 0;
    if (u > worst)
      worst = u, wx = x;
  }
  printf("%-6s [%g, %g]: max %.2f ulp at %.17g, %.1f%% exact%s\n", name, lo, hi, worst, wx,
         100.0 * exact / n, worst > limit ? "  <-- over limit" : "");
  bad |= worst > limit;
}
static void report2(const char *name, double (*mine)(double, double), double (*ref)(double, double), double lo, double hi, double lo2, double hi2, double limit) {
  double worst = 0, wx = 0, wy = 0;
  long exact = 0, n = cases;
  for (long i = 0; i < n; i++) {
    double x = uniform(lo, hi), y = uniform(lo2, hi2);
    double u = ulps(ref(x, y), mine(x, y));
    exact += u == 0;
    if (u > worst)
      worst = u, wx = x, wy = y;
  }
  printf("%-6s: max %.2f ulp at (%.17g, %.17g), %.1f%% exact%s\n", name, worst, wx, wy,
         100.0 * exact / n, worst > limit ? "  <-- over limit" : "");
  bad |= worst > limit;
}

static double fma_x(double x, double y) { return fma(x, y, -x * y); }
static double rt_fma_x(double x, double y) { return rt_fma(x, y, -x * y); }
static double fma_1(double x, double y) { return fma(x, y, 1.0); }
static double rt_fma_1(double x, double y) { return rt_fma(x, y, 1.0); }

int main(int argc, char **argv) {
  if (argc > 1)
    cases = atol(argv[1]);
  report("sqrt", rt_sqrt, sqrt, 0, 1e6, 0);
  report("floor", rt_floor, floor, -1e6, 1e6, 0);
  report("ceil", rt_ceil, ceil, -1e6, 1e6, 0);
  report("trunc", rt_trunc, trunc, -1e6, 1e6, 0);
  report("round", rt_round, round, -1e3, 1e3, 0);
  report("rint", rt_rint, rint, -1e3, 1e3, 0);
  report("exp", rt_exp, exp, -700, 700, 1);
  report("exp", rt_exp, exp, -1, 1, 2);
  report("exp2", rt_exp2, exp2, -100, 100, 2);
  report("log", rt_log, log, 1e-300, 1e300, 2);
  report("log", rt_log, log, 0.5, 2, 2);
  report("log2", rt_log2, log2, 1e-10, 1e10, 2);
  report("log10", rt_log10, log10, 1e-10, 1e10, 2);
  report("log1p", rt_log1p, log1p, -0.9, 10, 2);
  report("log1p", rt_log1p, log1p, -1e-10, 1e-10, 2);
  report("expm1", rt_expm1, expm1, -5, 5, 2);
  report("expm1", rt_expm1, expm1, -1e-5, 1e-5, 2);
  report("sin", rt_sin, sin, -10, 10, 2);
  report("sin", rt_sin, sin, -1e5, 1e5, 2);
  report("cos", rt_cos, cos, -10, 10, 2);
  report("tan", rt_tan, tan, -1.5, 1.5, 3);
  report("atan", rt_atan, atan, -100, 100, 2);
  report("asin", rt_asin, asin, -1, 1, 3);
  report("acos", rt_acos, acos, -1, 1, 3);
  report("sinh", rt_sinh, sinh, -10, 10, 3);
  report("cosh", rt_cosh, cosh, -10, 10, 3);
  report("tanh", rt_tanh, tanh, -10, 10, 3);
  report("cbrt", rt_cbrt, cbrt, -1e6, 1e6, 3);
  report2("atan2", rt_atan2, atan2, -10, 10, -10, 10, 3);
  report2("hypot", rt_hypot, hypot, -1e3, 1e3, -1e3, 1e3, 2);
  report2("pow", rt_pow, pow, 0, 10, -10, 10, 1);
  report2("pow", rt_pow, pow, 0, 2, -700, 700, 1);
  report2("pow", rt_pow, pow, -20, 20, -30, 30, 1); /* mostly NaN: non-integer y */
  {
    double worst = 0;
    for (int i = 0; i < 200000; i++) {
      double x = uniform(-50, 50), y = (double)(int)(rnd() % 200) - 100;
      double u = ulps(pow(x, y), rt_pow(x, y));
      if (u > worst)
        worst = u;
    }
    printf("pow integer exponents: max %.2f ulp%s\n", worst, worst > 1 ? "  <-- over limit" : "");
    bad |= worst > 1;
    int exact = rt_pow(10, 2) == 100 && rt_pow(2, 10) == 1024 && rt_pow(10, -2) == 0.01 &&
                rt_pow(-2, 3) == -8 && rt_pow(3, 20) == 3486784401.0 && rt_pow(0.5, 3) == 0.125;
    printf("pow exact cases: %s\n", exact ? "ok" : "WRONG");
    bad |= !exact;
  }
  report2("fmod", rt_fmod, fmod, -1e6, 1e6, -100, 100, 0);
  report2("remainder", rt_remainder, remainder, -1e6, 1e6, -100, 100, 0);
  report2("nextafter", rt_nextafter, nextafter, -1e6, 1e6, -1e6, 1e6, 0);
  report2("fma(x,y,-xy)", rt_fma_x, fma_x, -1e6, 1e6, -1e6, 1e6, 0);
  report2("fma(x,y,1)", rt_fma_1, fma_1, -2, 2, -2, 2, 0);
  report("asinh", rt_asinh, asinh, -10, 10, 4);
  report("asinh", rt_asinh, asinh, -1e-3, 1e-3, 4);
  report("acosh", rt_acosh, acosh, 1, 10, 4);
  report("acosh", rt_acosh, acosh, 10, 1e10, 4);
  report("atanh", rt_atanh, atanh, -0.999, 0.999, 4);
  report("erf", rt_erf, erf, -6, 6, 1);
  report("erfc", rt_erfc, erfc, -2, 0.5, 1);
  report("erfc", rt_erfc, erfc, 0.5, 1, 8);
  report("erfc", rt_erfc, erfc, 1, 27, 8);
  report("tgamma", rt_tgamma, tgamma, 0.01, 170, 32);
  report("tgamma", rt_tgamma, tgamma, -20, -0.01, 64);
  report("lgamma", rt_lgamma, lgamma, 3, 1e6, 8);
  report("lgamma", rt_lgamma, lgamma, 0.01, 3, 1e9); /* relative error is unbounded at the roots 1 and 2 */
  printf("math: %s\n", bad ? "errors over the limits" : "all within limits");
  return bad;
}
