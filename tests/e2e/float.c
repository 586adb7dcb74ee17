// Floating point (soft-float on Valida): arithmetic, conversions, printing.
#include <stdio.h>

static double newton_sqrt(double x) {
    double g = x / 2;
    for (int i = 0; i < 30; i++) g = (g + x / g) / 2;
    return g;
}

int main(void) {
    double a = 1.5, b = -2.25;
    printf("%.4f %.4f %.4f %.4f\n", a + b, a - b, a * b, a / b);
    printf("sqrt(2) = %.10f\n", newton_sqrt(2.0));
    float f = 0.1f;
    float sum = 0;
    for (int i = 0; i < 10; i++) sum += f;
    printf("float sum %.7f\n", (double)sum);
    double pi = 0;
    for (int k = 0; k < 1000; k++) pi += (k % 2 ? -4.0 : 4.0) / (2 * k + 1);
    printf("pi ~ %.6f\n", pi);
    int i = (int)-3.75;
    unsigned u = (unsigned)3e9;
    long long ll = (long long)-1e15;
    printf("conv %d %u %lld %.1f\n", i, u, ll, (double)(1LL << 52));
    printf("cmp %d %d %d\n", a < b, a > b, a == 1.5);
    printf("%e %g %g\n", 12345.678, 0.0001, 1e20);
    return (int)(newton_sqrt(1764.0) + 0.5);
}
