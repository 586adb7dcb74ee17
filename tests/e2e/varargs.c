// printf formats and a user-defined variadic function.
#include <stdarg.h>
#include <stdio.h>

static int sum(int n, ...) {
    va_list ap;
    va_start(ap, n);
    int s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, int);
    va_end(ap);
    return s;
}

static long long sum64(int n, ...) {
    va_list ap;
    va_start(ap, n);
    long long s = 0;
    for (int i = 0; i < n; i++) s += va_arg(ap, long long);
    va_end(ap);
    return s;
}

static void logf_(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    printf("[log] ");
    vprintf(fmt, ap);
    va_end(ap);
}

int main(void) {
    printf("sum = %d\n", sum(5, 1, 2, 3, 4, 5));
    printf("sum64 = %lld\n", sum64(3, 1LL << 40, -5LL, 7LL));
    printf("[%5d] [%-5d] [%05d] [%+d]\n", 42, 42, 42, 42);
    printf("[%x] [%X] [%#x] [%o] [%8.3x]\n", 48879, 48879, 255, 8, 10);
    printf("[%c] [%s] [%.3s] [%10s] [%-6s]\n", 'A', "text", "truncate", "right", "left");
    printf("[%u] [%i] [%lld] [%llu] [%%]\n", 4000000000u, -17, -1234567890123LL, 18446744073709551615ULL);
    printf("[%zu] [%ld]\n", sizeof(int), 123456L);
    char buf[64];
    int n = snprintf(buf, sizeof buf, "%s-%d-%c", "abc", 99, 'z');
    printf("snprintf: %s (%d)\n", buf, n);
    n = snprintf(buf, 5, "%d", 123456789);
    printf("truncated: %s (%d)\n", buf, n);
    sprintf(buf, "%08x", 0xdeadbeefu);
    puts(buf);
    logf_("%d items, %s\n", 3, "done");
    fprintf(stdout, "fprintf %d\n", 7);
    return 0;
}
