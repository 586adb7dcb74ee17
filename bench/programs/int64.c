/* 64-bit arithmetic: multiply, divide, remainder, shifts, rotations, gcd. */
#include <stdio.h>
#include <stdint.h>

static uint64_t rotl(uint64_t x, int k) { return k ? (x << k) | (x >> (64 - k)) : x; }

static uint64_t next(uint64_t s[2]) {
  uint64_t s0 = s[0], s1 = s[1], r = s0 + s1;
  s1 ^= s0;
  s[0] = rotl(s0, 55) ^ s1 ^ (s1 << 14);
  s[1] = rotl(s1, 36);
  return r;
}

static uint64_t gcd(uint64_t a, uint64_t b) {
  while (b) {
    uint64_t t = a % b;
    a = b;
    b = t;
  }
  return a;
}

int main(void) {
  uint64_t s[2] = {0x0123456789abcdefull, 0xfedcba9876543210ull};
  uint64_t acc = 0, g = 0;
  int64_t sacc = 0;
  for (int i = 0; i < 3000; i++) {
    uint64_t a = next(s), b = next(s) | 1;
    acc += a * b;
    acc ^= a / (b >> 17 | 1);
    sacc += (int64_t)a % 1000003 - (int64_t)(b >> 40);
    if (i % 16 == 0)
      g += gcd(a >> 20, b >> 24);
    acc = rotl(acc, i & 63) + ((int64_t)a >> 3);
  }
  printf("int64: acc %016llx sacc %lld gcd-sum %llu\n", (unsigned long long)acc, (long long)sacc,
         (unsigned long long)g);
  printf("int64 checksum: %08x\n", (unsigned)(acc ^ (acc >> 32) ^ (uint64_t)sacc ^ g));
  return 0;
}
