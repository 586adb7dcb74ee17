/* __powisf2/__powidf2: x^n by repeated squaring (what __builtin_powi calls).
 * Ordinary float arithmetic: it becomes soft-float calls. */
#ifndef RT_NAME
#define RT_NAME(n) __##n
#endif

double RT_NAME(powidf2)(double a, int b) {
  unsigned n = b < 0 ? 0u - (unsigned)b : (unsigned)b;
  double r = 1.0;
  for (; n; n >>= 1, a *= a)
    if (n & 1)
      r *= a;
  return b < 0 ? 1.0 / r : r;
}

float RT_NAME(powisf2)(float a, int b) {
  unsigned n = b < 0 ? 0u - (unsigned)b : (unsigned)b;
  float r = 1.0f;
  for (; n; n >>= 1, a *= a)
    if (n & 1)
      r *= a;
  return b < 0 ? 1.0f / r : r;
}
