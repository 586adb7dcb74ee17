/* Integer arithmetic through every ALU chip: gcd (division), Collatz
   (multiply, shift), signed compares, bitwise mixing. */
#include "common.h"

static unsigned gcd(unsigned a, unsigned b) {
  while (b) { unsigned t = a % b; a = b; b = t; }
  return a;
}

static int collatz(unsigned n) {
  int steps = 0;
  while (n != 1) { n = (n & 1) ? 3 * n + 1 : n >> 1; steps++; }
  return steps;
}

int main(void) {
  unsigned h = 2166136261u;
  for (int i = 1; i <= 20; i++) h = (h ^ (unsigned)i) * 16777619u;
  put_int((int)gcd(1071, 462)); putchar(' ');
  put_int(collatz(27)); putchar(' ');
  put_int(-17 / 5); putchar(' ');
  put_int(-17 % 5); putchar(' ');
  put_int((int)(h >> 8) < 0); putchar(' ');
  put_int((int)((h ^ (h >> 13)) & 0xffff)); putchar('\n');
  return 0;
}
