/* math.h subset. */
#include <stdio.h>
#include <math.h>

int main(void) {
  double v[] = {0.0, 2.0, 2.5, -2.5, 1e10, 0.1, 1e-310, 3.999999999, -0.5};
  for (int i = 0; i < 9; i++)
    printf("x=%g sqrt=%.17g floor=%g ceil=%g trunc=%g round=%g fabs=%g\n", v[i],
           v[i] >= 0 ? sqrt(v[i]) : -1.0, floor(v[i]), ceil(v[i]), trunc(v[i]), round(v[i]), fabs(v[i]));
  printf("sqrt(-1) is nan: %d, sqrt(inf) = %f\n", isnan(sqrt(-1.0)), sqrt(INFINITY));
  printf("fmod %g %g %g %.17g\n", fmod(10.0, 3.0), fmod(-10.0, 3.0), fmod(5.5, 1.5), fmod(1e20, 3.0));
  int e;
  double m = frexp(48.0, &e);
  printf("frexp %g %d ldexp %g %g\n", m, e, ldexp(0.75, 6), ldexp(1.0, -1074));
  printf("pow %g %g %g %.10g %.10g\n", pow(2.0, 10.0), pow(2.0, -2.0), pow(-3.0, 3.0), pow(2.0, 0.5), pow(10.0, 2.5));
  printf("sqrtf %.9g fmin %g fmax %g copysign %g\n", (double)sqrtf(2.0f), fmin(1.0, 2.0), fmax(1.0, 2.0), copysign(3.0, -1.0));
  return 0;
}
