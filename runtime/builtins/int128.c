/* 128-bit helpers. riscv32 clang has no __int128. The Valida back end calls
 * these from type legalisation, where an i128 operand has already been split
 * into four 32-bit words: each operand arrives as four argument slots, least
 * significant word first, and the 16-byte result goes through the hidden
 * result pointer (docs/abi.md). The legaliser calls __multi3 for 64-bit
 * multiplications with overflow checks (__builtin_mul_overflow on long long,
 * Rust's checked_mul). */
#include <stdint.h>

typedef struct {
  uint32_t w[4];
} ti_words;

#ifndef RT_NAME
#define RT_NAME(n) __##n
#endif

/* Low 128 bits of a * b (the same for signed and unsigned operands). */
ti_words RT_NAME(multi3)(uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3,
                         uint32_t b0, uint32_t b1, uint32_t b2, uint32_t b3) {
  const ti_words a = {{a0, a1, a2, a3}}, b = {{b0, b1, b2, b3}};
  uint32_t r[4] = {0, 0, 0, 0};
  for (int i = 0; i < 4; i++) {
    uint32_t carry = 0;
    for (int j = 0; i + j < 4; j++) {
      /* A 32x32 product zero-extended to 64 bits becomes MUL + MULHU. */
      uint64_t t = (uint64_t)a.w[i] * b.w[j] + r[i + j] + carry;
      r[i + j] = (uint32_t)t;
      carry = (uint32_t)(t >> 32);
    }
  }
  ti_words out = {{r[0], r[1], r[2], r[3]}};
  return out;
}
