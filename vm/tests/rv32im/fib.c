#include "rv32.h"

__attribute__((noinline)) unsigned fib(unsigned n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }

int main(void) {
    for (unsigned i = 0; i <= 24; i += 3) {
        put_str("fib(");
        put_uint(i);
        put_str(") = ");
        put_uint(fib(i));
        put_char('\n');
    }
    flush();
    return fib(10) & 0xff;
}
