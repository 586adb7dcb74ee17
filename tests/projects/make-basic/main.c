#include <stdio.h>
#include "vec.h"

int main(void) {
  double v[3] = {2.0, 3.0, 6.0};
  printf("norm=%.3f\n", vec_norm(v, 3));
  return 0;
}
