// Iterative and recursive Fibonacci; exit status is fib(10) = 55.
#include <stdio.h>

static unsigned fib_rec(unsigned n) { return n < 2 ? n : fib_rec(n - 1) + fib_rec(n - 2); }

int main(void) {
    unsigned a = 0, b = 1;
    for (int i = 0; i < 40; i++) {
        printf("fib(%d) = %u\n", i, a);
        unsigned t = a + b;
        a = b;
        b = t;
    }
    printf("fib_rec(20) = %u\n", fib_rec(20));
    return (int)fib_rec(10);
}
