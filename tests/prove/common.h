/* Output helpers for the programs proved by tests/prove.rs. They print
   with putchar only: printf and strlen in the runtime hold ALU immediates
   (0x80808080, INT_MIN) that the official v1.0 prover cannot encode. */
#include <stdio.h>

static void put_str(const char *s) {
  while (*s) putchar(*s++);
}

static void put_int(int v) {
  char digits[12];
  int n = 0;
  unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
  if (v < 0) putchar('-');
  do {
    digits[n++] = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  while (n) putchar(digits[--n]);
}
