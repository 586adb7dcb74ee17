// Bit manipulation: compiler builtins (popcount, clz, ctz, bswap, rotates),
// shifts of every width, bit fields and unions.
#include <stdint.h>
#include <stdio.h>

struct flags {
    unsigned a : 3;
    unsigned b : 5;
    signed c : 4;
    unsigned d : 20;
};

union pun {
    uint32_t word;
    uint8_t bytes[4];
    uint16_t halves[2];
};

static uint32_t rotl(uint32_t x, int r) { return (x << r) | (x >> (32 - r)); }

int main(void) {
    uint32_t vals[] = {0, 1, 0x80000000u, 0xdeadbeefu, 0x00f00f00u, 12345};
    for (int i = 0; i < 6; i++) {
        uint32_t v = vals[i];
        printf("%08x: pop %d", v, __builtin_popcount(v));
        if (v) printf(" clz %d ctz %d", __builtin_clz(v), __builtin_ctz(v));
        printf(" bswap %08x rotl7 %08x parity %d\n", __builtin_bswap32(v), rotl(v, 7), __builtin_parity(v));
    }
    uint64_t big = 0x0123456789abcdefULL;
    printf("pop64 %d clz64 %d ctz64 %d bswap64 %016llx\n", __builtin_popcountll(big), __builtin_clzll(big),
           __builtin_ctzll(big), (unsigned long long)__builtin_bswap64(big));
    for (int s = 0; s < 64; s += 9)
        printf("s=%d shl %016llx shr %016llx sar %lld\n", s, (unsigned long long)(big << s),
               (unsigned long long)(big >> s), (long long)((int64_t)~big >> s));
    struct flags f = {5, 17, -3, 123456};
    f.b += 20;
    f.c -= 6;
    printf("bitfields %u %u %d %u size %u\n", f.a, f.b, f.c, f.d, (unsigned)sizeof f);
    union pun p;
    p.word = 0x11223344u;
    printf("bytes %02x %02x %02x %02x halves %04x %04x\n", p.bytes[0], p.bytes[1], p.bytes[2], p.bytes[3], p.halves[0],
           p.halves[1]);
    int8_t sb = -5;
    uint8_t ub = 250;
    int16_t sh = -30000;
    uint16_t uh = 60000;
    printf("narrow %d %u %d %u %d\n", sb * 3, (unsigned)(ub + 10), sh / 7, uh % 1000, (int8_t)(ub + 10));
    return __builtin_popcount(0xdeadbeefu);
}
