// The first program for valida-cc:
//   valida-cc -O2 examples/hello.c -o hello && valida run hello
//   valida-cc run -O2 examples/hello.c
#include <stdio.h>

static unsigned fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
    printf("Hello from Valida!\n");
    for (unsigned i = 0; i <= 10; i++) printf("fib(%u) = %u\n", i, fib(i));
    return 0;
}
