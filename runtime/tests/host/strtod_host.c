/* Checks strtod (libc/scan.c, renamed rt_strtod by objcopy) against glibc's
 * correctly rounded strtod on random decimal strings. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

double rt_strtod(const char *, char **);
void __rt_write(int fd, const char *buf, size_t n) { (void)fd, (void)buf, (void)n; }
/* The descriptor layer (libc/file.c) that the printf sink flushes through. */
int __rt_std_redirected;
long __rt_fd_write(int fd, const char *buf, unsigned long n) { (void)fd, (void)buf; return (long)n; }

static uint64_t rs = 0xda942042e4dd58b5ull;
static uint64_t rnd(void) {
  rs ^= rs << 13;
  rs ^= rs >> 7;
  rs ^= rs << 17;
  return rs;
}

static long checks, fails;
static void check(const char *s) {
  char *e1, *e2;
  double want = strtod(s, &e1), got = rt_strtod(s, &e2);
  checks++;
  if ((memcmp(&want, &got, 8) && !(want != want && got != got)) || e1 != e2) {
    if (++fails <= 20)
      printf("MISMATCH \"%s\": want %.17g (end+%d) got %.17g (end+%d)\n", s, want, (int)(e1 - s), got, (int)(e2 - s));
  }
}

int main(void) {
  static const char *fixed[] = {"0", "-0", "1", "0.1", "3.14159", "1e308", "1.7976931348623157e308",
    "1.7976931348623158e308", "1.7976931348623159e308", "1e309", "2.2250738585072014e-308",
    "2.2250738585072011e-308", "4.9406564584124654e-324", "2.4703282292062327e-324",
    "2.4703282292062328e-324", "1e-400", "9007199254740993", "9007199254740992.5",
    "0.500000000000000166533453693773481063544750213623046875", "123456789012345678901234567890",
    "  +12.5e-3xyz", ".5", "5.", ".", "e5", "1e", "1e+", "-.e1", "inf", "-Infinity", "nan", "0x10",
    "00000000000000000000000000001.5", "1.00000000000000011102230246251565404236316680908203125",
    "1.00000000000000011102230246251565404236316680908203124",
    "1.00000000000000011102230246251565404236316680908203126", "7.2057594037927933e16"};
  for (unsigned i = 0; i < sizeof fixed / sizeof fixed[0]; i++)
    check(fixed[i]);
  char buf[128];
  for (long i = 0; i < 300000; i++) {
    char *p = buf;
    if (rnd() % 4 == 0)
      *p++ = '-';
    int nd = 1 + (int)(rnd() % (rnd() % 4 ? 20 : 60));
    int dot = (int)(rnd() % (nd + 1));
    for (int k = 0; k < nd; k++) {
      if (k == dot && rnd() % 2)
        *p++ = '.';
      *p++ = (char)('0' + rnd() % 10);
    }
    if (rnd() % 3)
      p += sprintf(p, "e%d", (int)(rnd() % 700) - 350);
    *p = 0;
    check(buf);
    /* halfway cases: a double's exact midpoint, printed with %.40e */
    uint64_t u = rnd() & 0x7fefffffffffffffull;
    double d, n;
    memcpy(&d, &u, 8);
    u++;
    memcpy(&n, &u, 8);
    if (rnd() % 8 == 0) {
      snprintf(buf, sizeof buf, "%.17g", d);
      check(buf);
    }
  }
  printf("strtod: %ld checks, %ld mismatches\n", checks, fails);
  return fails != 0;
}
