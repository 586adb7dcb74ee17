/* printf family: flags, widths, precisions, lengths, floats. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <limits.h>
#include <stddef.h>
#include <inttypes.h>


int main(void) {
  int n;
  printf("[%d] [%i] [%u] [%x] [%X] [%o] [%c] [%s] [%%]\n", -42, 42, 3000000000u, 0xbeef, 0xbeef, 8, 'Z', "str");
  printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%+5d] [%-+5d] [%.3d] [%8.3d] [%-8.3d] [%08.3d]\n", 42, 42, 42, 42, 42, 42, 42, 7, 7, 7, 7);
  printf("[%#x] [%#X] [%#o] [%#o] [%#x] [%#10x] [%#010x] [%-#10o]\n", 255, 255, 8, 0, 0, 255, 255, 8);
  printf("[%.0d] [%.0x] [%5.0d] [%d] [%d]\n", 0, 0, 0, INT_MIN, INT_MAX);
  printf("[%hhd] [%hhu] [%hd] [%hu] [%hx]\n", 300, 300, 70000, 70000, -1);
  printf("[%ld] [%lu] [%lx] [%zu] [%zd] [%td]\n", -123456789L, 4000000000ul, 0xdeadbeeful, (size_t)12345, (size_t)-5, (ptrdiff_t)-77);
  printf("[%lld] [%llu] [%llx] [%llX] [%llo] [%lli]\n", LLONG_MIN, ULLONG_MAX, 0x0123456789abcdefLL, 0xfedcba9876543210ULL, 01777777777777777777777ULL, 1000000000000LL);
  printf("[%20lld] [%-20lld] [%020lld] [%+lld] [%.25lld]\n", -9876543210LL, 9876543210LL, -9876543210LL, 1LL, 5LL);
  printf("[%" PRId64 "] [%" PRIu32 "] [%" PRIx64 "]\n", (int64_t)-1, (uint32_t)4294967295u, (uint64_t)1 << 63);
  printf("[%10s] [%-10s] [%.2s] [%10.2s] [%s] [%c%c%c] [%5c] [%-5c]\n", "abc", "abc", "abc", "abc", "", 'a', 'b', 'c', 'x', 'y');
  printf("[%*d] [%-*d] [%.*d] [%*.*s]\n", 6, 1, 6, 2, 4, 3, 5, 2, "hello");
  printf("[%f] [%.2f] [%10.4f] [%-10.1f] [%+.3f] [% f] [%010.2f] [%.0f] [%#.0f]\n", 3.14159265, 2.675, -1.5, 9.99, 1.0, 2.5, -3.25, 0.5, 1.5);
  printf("[%e] [%.3e] [%E] [%12.2e] [%.0e] [%#.0e]\n", 123456.789, 0.000123456, 1e-10, -5e300, 7.5, 2.0);
  printf("[%g] [%g] [%g] [%g] [%g] [%.3g] [%#g] [%G] [%.10g] [%g]\n", 0.0001, 0.00001, 123456.0, 1234567.0, 100.0, 3.14159, 1.0, 1e-20, 1.0 / 3, -0.0);
  printf("[%f] [%e] [%g] [%f] [%5.1f]\n", 1e308, 4.9e-324, 2.2250738585072014e-308, -0.0, 99.95);
  printf("[%.17g] [%.17g] [%.17g] [%.20f]\n", 0.1, 1.0 / 3.0, 2.0 / 3.0, 0.1);
  printf("[%f] [%F] [%e] [%g] [%5f] [%-6f|]\n", 1.0 / 0.0, -1.0 / 0.0, 1.0 / 0.0, -1.0 / 0.0, 1.0 / 0.0, 1.0 / 0.0);
  printf("[%.1f] [%.1f] [%.1f] [%.1f] [%.2f] [%.2f]\n", 0.25, 0.35, 0.45, -0.25, 1.005, 1.125);
  printf("[%f] [%.3f] [%g]\n", (double)1.1f, (double)3.3f, (double)(float)(1.0 / 3));
  printf("[%a] [%A] [%.2a] [%.0a] [%a] [%a] [%12.3a] [%a]\n", 1.0, 255.5, 3.14159, 1.5, 0.0, 4.9e-324, -0.1, 1e300);
  char buf[64];
  n = sprintf(buf, "%d-%s-%.2f", 12, "ab", 1.5);
  printf("sprintf: \"%s\" %d\n", buf, n);
  n = snprintf(buf, 8, "%s", "truncated string");
  printf("snprintf: \"%s\" %d\n", buf, n);
  n = snprintf(NULL, 0, "%d %s", 12345, "xyz");
  printf("snprintf(NULL): %d\n", n);
  n = snprintf(buf, 1, "abc");
  printf("snprintf(1): \"%s\" %d\n", buf, n);
  printf("count%n done: ", &n);
  printf("%d\n", n);
  n = printf("twelve chars");
  printf(" -> %d\n", n);
  fprintf(stdout, "fprintf %s %d\n", "to stdout", 1);
  puts("puts line");
  fputs("fputs line\n", stdout);
  fwrite("fwrite line\n", 1, 12, stdout);
  putchar('p');
  putc('c', stdout);
  fputc('\n', stdout);
  return 0;
}
