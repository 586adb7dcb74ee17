#include "rv32.h"

__attribute__((noinline)) uint32_t fib(uint32_t n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
    put_str("fib(32) = ");
    put_uint(fib(32));
    put_char('\n');
    flush();
    return 0;
}
