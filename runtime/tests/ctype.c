/* ctype classes over all bytes, and sscanf. */
#include <stdio.h>
#include <ctype.h>

int main(void) {
  int (*f[])(int) = {isalnum, isalpha, isblank, iscntrl, isdigit, isgraph,
                     islower, isprint, ispunct, isspace, isupper, isxdigit};
  const char *names[] = {"alnum", "alpha", "blank", "cntrl", "digit", "graph",
                         "lower", "print", "punct", "space", "upper", "xdigit"};
  for (int k = 0; k < 12; k++) {
    unsigned h = 0, count = 0;
    for (int c = -1; c < 256; c++)
      if (f[k](c)) {
        h = h * 33 + (unsigned)c;
        count++;
      }
    printf("%-6s %3u %08x\n", names[k], count, h);
  }
  unsigned h = 0;
  for (int c = -1; c < 256; c++)
    h = h * 33 + (unsigned)(toupper(c) + 7 * tolower(c));
  printf("case %08x\n", h);

  int a = 0, b = 0, n;
  unsigned u = 0;
  char s[16] = "", t[16] = "";
  double d = 0;
  float fl = 0;
  long long ll = 0;
  n = sscanf("  42 -17 hello 3.5", "%d %d %15s %lf", &a, &b, s, &d);
  printf("sscanf %d: %d %d %s %g\n", n, a, b, s, d);
  n = sscanf("0x1f 0755 077 ff", "%i %i %o %x", &a, &b, &u, &u);
  printf("sscanf %d: %d %d %u\n", n, a, b, u);
  n = sscanf("key=value;rest", "%[^=]=%[^;]", s, t);
  printf("sscanf %d: [%s] [%s]\n", n, s, t);
  n = sscanf("12abc", "%3d%n%c", &a, &b, s);
  printf("sscanf %d: %d %d %c\n", n, a, b, s[0]);
  n = sscanf("1.25e2 -9000000000", "%f %lld", &fl, &ll);
  printf("sscanf %d: %g %lld\n", n, (double)fl, ll);
  n = sscanf("", "%d", &a);
  printf("sscanf empty %d\n", n);
  n = sscanf("abc", "%d", &a);
  printf("sscanf mismatch %d\n", n);
  n = sscanf("10, 20", "%d, %*d", &a);
  printf("sscanf suppressed %d: %d\n", n, a);
  return 0;
}
