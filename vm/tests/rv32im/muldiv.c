#include "rv32.h"

#define OP(name)                                                                  \
    static uint32_t name(uint32_t a, uint32_t b) {                                \
        uint32_t r;                                                               \
        __asm__ volatile(#name " %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));         \
        return r;                                                                 \
    }
OP(mul) OP(mulh) OP(mulhsu) OP(mulhu) OP(div) OP(divu) OP(rem) OP(remu)

static const uint32_t vals[] = {0, 1, 2, 3, 7, 0xfffffff9u, 0xffffffffu, 0x80000000u, 0x7fffffffu,
                                0x12345678u, 0xdeadbeefu, 0x10000u, 0xffff0000u};
#define N (sizeof vals / sizeof vals[0])

int main(void) {
    static const struct { const char *name; uint32_t (*f)(uint32_t, uint32_t); } ops[] = {
        {"mul", mul}, {"mulh", mulh}, {"mulhsu", mulhsu}, {"mulhu", mulhu},
        {"div", div}, {"divu", divu}, {"rem", rem},       {"remu", remu},
    };
    for (unsigned o = 0; o < sizeof ops / sizeof ops[0]; o++) {
        uint32_t h = 0;
        for (unsigned i = 0; i < N; i++)
            for (unsigned j = 0; j < N; j++) {
                uint32_t r = ops[o].f(vals[i], vals[j]);
                h = h * 31 + r;
                if (j == 0 || vals[j] == 0xffffffffu) {
                    put_str(ops[o].name);
                    put_char(' ');
                    put_hex(vals[i]);
                    put_char(' ');
                    put_hex(vals[j]);
                    put_str(" = ");
                    put_hex(r);
                    put_char('\n');
                }
            }
        put_str(ops[o].name);
        put_str(" hash ");
        put_hex(h);
        put_char('\n');
    }
    int64_t big = (int64_t)0x123456789abcdefLL;
    put_int(big / -12345);
    put_char(' ');
    put_int(big % 1000003);
    put_char('\n');
    flush();
    return 0;
}
