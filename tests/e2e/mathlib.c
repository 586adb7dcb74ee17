// <math.h> through the runtime's libm (linked with -lm like on a host).
#include <math.h>
#include <stdio.h>

int main(void) {
    double xs[] = {0.25, 0.5, 1.0, 2.0, 3.5, 10.0};
    for (int i = 0; i < 6; i++) {
        double x = xs[i];
        printf("x=%.2f sqrt %.6f exp %.6f log %.6f sin %.6f cos %.6f atan %.6f\n", x, sqrt(x), exp(x), log(x), sin(x),
               cos(x), atan(x));
    }
    printf("pow %.6f %.6f floor %.1f ceil %.1f fabs %.2f fmod %.4f\n", pow(2.0, 10.5), pow(1.5, -2.0), floor(-2.5),
           ceil(2.1), fabs(-3.25), fmod(10.0, 3.3));
    printf("hypot %.6f atan2 %.6f round %.1f trunc %.1f\n", hypot(3.0, 4.0), atan2(1.0, -1.0), round(2.5), trunc(-2.7));
    float f = sqrtf(2.0f);
    printf("sqrtf %.5f\n", (double)f);
    return (int)floor(sqrt(1000.0));
}
