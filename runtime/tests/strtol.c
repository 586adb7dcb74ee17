/* strtol family, atoi, errno and end pointers (values chosen to fit ILP32). */
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <limits.h>

static void l(const char *s, int base) {
  char *end;
  errno = 0;
  long v = strtol(s, &end, base);
  printf("strtol(\"%s\", %d) = %ld end+%d errno %d\n", s, base, v, (int)(end - s), errno);
}
static void ul(const char *s, int base) {
  char *end;
  errno = 0;
  unsigned long v = strtoul(s, &end, base);
  printf("strtoul(\"%s\", %d) = %lu end+%d errno %d\n", s, base, v, (int)(end - s), errno);
}
static void ll(const char *s, int base) {
  char *end;
  errno = 0;
  long long v = strtoll(s, &end, base);
  printf("strtoll(\"%s\", %d) = %lld end+%d errno %d\n", s, base, v, (int)(end - s), errno);
}
static void ull(const char *s, int base) {
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, base);
  printf("strtoull(\"%s\", %d) = %llu end+%d errno %d\n", s, base, v, (int)(end - s), errno);
}

int main(void) {
  l("12345", 10);
  l("   -42xyz", 10);
  l("+7", 10);
  l("0x1F", 16);
  l("0x1F", 0);
  l("0X1f", 0);
  l("0755", 0);
  l("0", 0);
  l("0x", 0);
  l("0xg", 16);
  l("z", 36);
  l("Zz", 36);
  l("101", 2);
  l("", 10);
  l("  +", 10);
  l("-", 10);
  l("2147483647", 10);
  l("-2147483648", 10);
  ul("4294967295", 10);
  ul("ffffffff", 16);
  ul("-1", 10);
  ul("  123abc", 10);
  ll("9223372036854775807", 10);
  ll("-9223372036854775808", 10);
  ll("9223372036854775808", 10);
  ll("-9223372036854775809", 10);
  ll("0x7fffffffffffffff", 0);
  ll("-0x10", 0);
  ull("18446744073709551615", 10);
  ull("18446744073709551616", 10);
  ull("-1", 10);
  ull("0777777777777777777777", 0);
  printf("atoi %d %d %d %d\n", atoi("123"), atoi("  -99 bottles"), atoi("abc"), atoi("+0"));
  printf("atol %ld atoll %lld\n", atol("-2000000000"), atoll("123456789012"));
  /* ILP32 limits: overflow of long is 32-bit here */
  errno = 0;
  long big = strtol("2147483648", NULL, 10);
  int e1 = errno;
  errno = 0;
  long small = strtol("-2147483649", NULL, 10);
  int e2 = errno;
  errno = 0;
  unsigned long ubig = strtoul("4294967296", NULL, 10);
  int e3 = errno;
  printf("long overflow: %d %d %d %d %d %d\n", big == LONG_MAX, e1 == ERANGE, small == LONG_MIN,
         e2 == ERANGE, ubig == ULONG_MAX, e3 == ERANGE);
  return 0;
}
