#include "rv32.h"

int main(void) {
    put_str("before\n");
    flush();
    *(volatile int *)0 = 1;
    put_str("after\n");
    flush();
    return 0;
}
