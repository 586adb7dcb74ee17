#include "rv32.h"

/* Counting loop benchmark: a few hundred million simple instructions. */
int main(void) {
    volatile uint32_t sink = 0;
    uint32_t acc = 0;
    for (uint32_t i = 0; i < 50000000u; i++) {
        acc += i ^ (acc >> 3);
    }
    sink = acc;
    put_str("acc ");
    put_hex(sink);
    put_char('\n');
    flush();
    return 0;
}
