/* Elementary functions (printed to 12 digits: they are within a few ulp). */
#include <stdio.h>
#include <math.h>

int main(void) {
  double xs[] = {0.0, 0.5, 1.0, 2.0, 3.14159, -0.75, 10.0, 100.5};
  for (int i = 0; i < 8; i++) {
    double x = xs[i];
    printf("x=%g exp=%.12g sin=%.12g cos=%.12g atan=%.12g tanh=%.12g\n", x, exp(x), sin(x), cos(x), atan(x), tanh(x));
    if (x > 0)
      printf("  log=%.12g log2=%.12g log10=%.12g sqrt=%.12g cbrt=%.12g\n", log(x), log2(x), log10(x), sqrt(x), cbrt(x));
  }
  printf("tan(1)=%.12g asin(0.5)=%.12g acos(-0.5)=%.12g atan2(1,-1)=%.12g\n", tan(1.0), asin(0.5), acos(-0.5), atan2(1.0, -1.0));
  printf("sinh(2)=%.12g cosh(2)=%.12g hypot(3,4)=%.12g exp2(10)=%.12g pow(2,0.5)=%.12g\n", sinh(2.0), cosh(2.0), hypot(3.0, 4.0), exp2(10.0), pow(2.0, 0.5));
  printf("log10(1000)=%.17g log2(1024)=%.17g exp(0)=%.17g\n", log10(1000.0), log2(1024.0), exp(0.0));
  double ip, fp = modf(-3.75, &ip);
  printf("modf %g %g rint %g %g %g lround %ld\n", fp, ip, rint(2.5), rint(3.5), rint(-2.5), lround(-2.5));
  printf("float: %.6g %.6g %.6g\n", (double)sinf(1.0f), (double)expf(1.0f), (double)powf(2.0f, 10.0f));
  double pi_sum = 0;
  for (int k = 0; k < 100; k++)
    pi_sum += (k % 2 ? -4.0 : 4.0) / (2 * k + 1);
  printf("leibniz %.10f, 4 atan(1) %.15f\n", pi_sum, 4 * atan(1.0));
  return 0;
}
