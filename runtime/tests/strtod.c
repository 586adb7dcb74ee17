/* strtod/atof: correctly rounded, hex, inf/nan, end pointers. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  const char *in[] = {"0", "-0.0", "1", "0.1", "3.14159", "2.5e-3", "1e308", "1.7976931348623157e308",
                      "1.7976931348623159e308", "1e309", "2.2250738585072011e-308", "4.9406564584124654e-324",
                      "2.4703282292062328e-324", "1e-400", "9007199254740993", "123456789012345678901234567890",
                      "0.30000000000000004", "  +12.5e-3xyz", ".5", "5.", "0x1.8p3", "0x10", "-inf", "nan",
                      "1.00000000000000011102230246251565404236316680908203125", "abc"};
  for (unsigned i = 0; i < sizeof in / sizeof in[0]; i++) {
    char *end;
    double d = strtod(in[i], &end);
    printf("%-58s -> %.17g (+%d)\n", in[i], d, (int)(end - in[i]));
  }
  printf("atof %.17g %g\n", atof("6.02214076e23"), (double)strtof("0.1", NULL));
  return 0;
}
