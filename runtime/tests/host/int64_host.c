/* Checks the 64- and 32-bit integer builtins against the host's native ops.
 * Build: gcc -O2 -D'RT_NAME(n)=t_##n' int64_host.c ../../builtins/int64.c
 *            ../../builtins/int32.c */
#include <stdint.h>
#include <stdio.h>

int64_t t_muldi3(int64_t, int64_t);
int64_t t_ashldi3(int64_t, int);
uint64_t t_lshrdi3(uint64_t, int);
int64_t t_ashrdi3(int64_t, int);
uint64_t t_udivdi3(uint64_t, uint64_t);
uint64_t t_umoddi3(uint64_t, uint64_t);
int64_t t_divdi3(int64_t, int64_t);
int64_t t_moddi3(int64_t, int64_t);
int t_cmpdi2(int64_t, int64_t);
int t_ucmpdi2(uint64_t, uint64_t);
int t_clzdi2(uint64_t);
int t_ctzdi2(uint64_t);
int t_popcountdi2(uint64_t);
uint64_t t_bswapdi2(uint64_t);
uint32_t t_udivsi3(uint32_t, uint32_t);
uint32_t t_umodsi3(uint32_t, uint32_t);
int32_t t_divsi3(int32_t, int32_t);
int32_t t_modsi3(int32_t, int32_t);
uint32_t t_mulsi3(uint32_t, uint32_t);

static uint64_t rs = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void) {
  rs ^= rs << 13;
  rs ^= rs >> 7;
  rs ^= rs << 17;
  return rs;
}
static uint64_t rval(void) {
  uint64_t r = rnd();
  int bits = (int)(rnd() % 65);
  r = bits == 64 ? r : r & ((1ull << bits) - 1);
  return (rnd() & 7) == 0 ? (uint64_t)0 - r : r;
}

static long checks, fails;
#define CHECK(name, want, got)                                                                 \
  do {                                                                                         \
    checks++;                                                                                  \
    if ((uint64_t)(want) != (uint64_t)(got) && ++fails <= 20)                                  \
      printf("MISMATCH %s a=%016llx b=%016llx\n", name, (unsigned long long)a,                 \
             (unsigned long long)b);                                                           \
  } while (0)

int main(void) {
  for (long i = 0; i < 2000000; i++) {
    uint64_t a = rval(), b = rval();
    int s = (int)(rnd() & 63);
    CHECK("mul", a * b, t_muldi3((int64_t)a, (int64_t)b));
    CHECK("shl", a << s, t_ashldi3((int64_t)a, s));
    CHECK("lshr", a >> s, t_lshrdi3(a, s));
    CHECK("ashr", (int64_t)a >> s, t_ashrdi3((int64_t)a, s));
    CHECK("ucmp", a < b ? 0 : a == b ? 1 : 2, t_ucmpdi2(a, b));
    CHECK("cmp", (int64_t)a < (int64_t)b ? 0 : a == b ? 1 : 2, t_cmpdi2((int64_t)a, (int64_t)b));
    CHECK("popcount", __builtin_popcountll(a), t_popcountdi2(a));
    CHECK("bswap", __builtin_bswap64(a), t_bswapdi2(a));
    if (a) {
      CHECK("clz", __builtin_clzll(a), t_clzdi2(a));
      CHECK("ctz", __builtin_ctzll(a), t_ctzdi2(a));
    }
    uint32_t a32 = (uint32_t)a, b32 = (uint32_t)(b >> (rnd() % 32));
    CHECK("mulsi3", a32 * b32, t_mulsi3(a32, b32));
    if (b32) {
      CHECK("udivsi3", a32 / b32, t_udivsi3(a32, b32));
      CHECK("umodsi3", a32 % b32, t_umodsi3(a32, b32));
      if (!((int32_t)a32 == INT32_MIN && (int32_t)b32 == -1)) {
        CHECK("divsi3", (int32_t)a32 / (int32_t)b32, t_divsi3((int32_t)a32, (int32_t)b32));
        CHECK("modsi3", (int32_t)a32 % (int32_t)b32, t_modsi3((int32_t)a32, (int32_t)b32));
      }
    }
    if (b) {
      CHECK("udiv", a / b, t_udivdi3(a, b));
      CHECK("umod", a % b, t_umoddi3(a, b));
      if (!((int64_t)a == INT64_MIN && (int64_t)b == -1)) {
        CHECK("sdiv", (int64_t)a / (int64_t)b, t_divdi3((int64_t)a, (int64_t)b));
        CHECK("smod", (int64_t)a % (int64_t)b, t_moddi3((int64_t)a, (int64_t)b));
      }
    }
  }
  /* Division near the edges of the digit estimates: divisors with every
   * width from 1 to 64 bits and dense top bits, dividends of any width. */
  for (long i = 0; i < 2000000; i++) {
    int bits = 1 + (int)(rnd() % 64);
    uint64_t b = rnd() | (1ull << (bits - 1)) | (rnd() & 1 ? 0 : ~0ull);
    b = bits == 64 ? b : b & ((1ull << bits) - 1);
    if (rnd() & 1)
      b |= bits > 16 ? ((1ull << (bits - 16)) - 1) << 0 : 0;
    uint64_t a = rval();
    if (!b)
      continue;
    CHECK("udiv", a / b, t_udivdi3(a, b));
    CHECK("umod", a % b, t_umoddi3(a, b));
  }
  checks += 4;
  if (t_divsi3(INT32_MIN, -1) != INT32_MIN || t_modsi3(INT32_MIN, -1) != 0 ||
      t_udivsi3(5, 0) != 0xffffffffu || t_modsi3(-7, 0) != -7)
    fails++, printf("MISMATCH 32-bit corner cases\n");
  printf("int64: %ld checks, %ld mismatches\n", checks, fails);
  return fails != 0;
}
