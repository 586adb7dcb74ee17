#include "rv32.h"

static void target(void) { put_str("unreachable\n"); }

/* Calling through a pointer that is not 4-aligned (no C extension). */
int main(void) {
    put_str("before\n");
    flush();
    void (*volatile f)(void) = (void (*)(void))((char *)target + 2);
    f();
    return 0;
}
