#include "rv32.h"

static unsigned char bytes[64];

static uint32_t lw_at(const void *p) {
    uint32_t r;
    __asm__ volatile("lw %0, 0(%1)" : "=r"(r) : "r"(p) : "memory");
    return r;
}
static uint32_t lh_at(const void *p) {
    uint32_t r;
    __asm__ volatile("lh %0, 0(%1)" : "=r"(r) : "r"(p) : "memory");
    return r;
}
static void sw_at(void *p, uint32_t v) { __asm__ volatile("sw %1, 0(%0)" : : "r"(p), "r"(v) : "memory"); }

struct S { char c; short s; int i; long long l; };

int main(void) {
    for (int i = 0; i < 64; i++) bytes[i] = (unsigned char)(i * 37 + 0x80);
    volatile signed char *sc = (volatile signed char *)bytes;
    volatile short *ss = (volatile short *)bytes;
    volatile unsigned short *us = (volatile unsigned short *)bytes;
    int64_t sum = 0;
    for (int i = 0; i < 64; i++) sum += sc[i] * (i + 1);
    for (int i = 0; i < 32; i++) sum += ss[i] * 3 + us[i];
    put_str("sum ");
    put_int(sum);
    put_char('\n');
    /* misaligned accesses */
    put_str("lw+1 ");
    put_hex(lw_at(bytes + 1));
    put_str(" lw+3 ");
    put_hex(lw_at(bytes + 3));
    put_str(" lh+1 ");
    put_hex(lh_at(bytes + 1));
    put_char('\n');
    sw_at(bytes + 5, 0xa1b2c3d4u);
    put_str("after sw+5 ");
    put_hex(lw_at(bytes + 4));
    put_char(' ');
    put_hex(lw_at(bytes + 8));
    put_char('\n');
    struct S a = {-3, -1234, 0x7fffffff, -5000000000LL}, b;
    memcpy(&b, &a, sizeof a);
    b.s += 1;
    put_int(b.c);
    put_char(' ');
    put_int(b.s);
    put_char(' ');
    put_int(b.i);
    put_char(' ');
    put_int(b.l);
    put_char('\n');
    flush();
    return 0;
}
