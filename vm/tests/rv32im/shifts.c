#include "rv32.h"

static const uint32_t vals[] = {0, 1, 31, 32, 33, 0x80000000u, 0xffffffffu, 0x7fffffffu, 0xdeadbeefu, 5, 0xfffffffbu};
#define N (sizeof vals / sizeof vals[0])

int main(void) {
    uint32_t h = 0;
    for (unsigned i = 0; i < N; i++)
        for (unsigned j = 0; j < N; j++) {
            volatile uint32_t a = vals[i], b = vals[j];
            uint32_t r[] = {a << (b & 31), a >> (b & 31), (uint32_t)((int32_t)a >> (b & 31)),
                            (int32_t)a < (int32_t)b, a < b, a ^ b, a | b, a & b, a - b, a + b,
                            (uint32_t)((int64_t)(int32_t)a * (int32_t)b >> 32),
                            (uint32_t)((uint64_t)a * b >> 32)};
            for (unsigned k = 0; k < sizeof r / sizeof r[0]; k++) h = (h ^ r[k]) * 16777619u;
        }
    put_str("hash ");
    put_hex(h);
    put_char('\n');
    flush();
    return 0;
}
