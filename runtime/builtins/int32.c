/* 32-bit division helpers (compiler-rt names), for a back end that prefers
 * calls to its own division: Valida's DIV32/SDIV32 crash the VM on a zero
 * divisor (and SDIV32 on INT_MIN / -1), and it has no remainder instruction.
 * Shift-and-subtract only: no '/', '%' or '*' here, so none of these can call
 * itself. Division by zero follows RISC-V: quotient all ones (unsigned) or
 * -1 (signed), remainder = dividend. */
#include <stdint.h>

#ifndef RT_NAME
#define RT_NAME(n) __##n
#endif

uint32_t RT_NAME(udivmodsi4)(uint32_t a, uint32_t b, uint32_t *rem) {
  if (b == 0) {
    if (rem)
      *rem = a;
    return 0xffffffffu;
  }
  uint32_t q = 0, r = 0;
  if (b > a) {
    r = a;
  } else {
    /* skip the leading bits of a that are below b's magnitude */
    int i = 31;
    while (!(a >> i))
      i--;
    for (; i >= 0; i--) {
      r = (r << 1) | ((a >> i) & 1);
      q <<= 1;
      if (r >= b) {
        r -= b;
        q |= 1;
      }
    }
  }
  if (rem)
    *rem = r;
  return q;
}

uint32_t RT_NAME(udivsi3)(uint32_t a, uint32_t b) { return RT_NAME(udivmodsi4)(a, b, 0); }

uint32_t RT_NAME(umodsi3)(uint32_t a, uint32_t b) {
  uint32_t r;
  RT_NAME(udivmodsi4)(a, b, &r);
  return r;
}

int32_t RT_NAME(divsi3)(int32_t a, int32_t b) {
  uint32_t ua = a < 0 ? 0u - (uint32_t)a : (uint32_t)a;
  uint32_t ub = b < 0 ? 0u - (uint32_t)b : (uint32_t)b;
  if (b == 0)
    return -1;
  uint32_t q = RT_NAME(udivmodsi4)(ua, ub, 0);
  return (int32_t)((a < 0) != (b < 0) ? 0u - q : q);
}

int32_t RT_NAME(modsi3)(int32_t a, int32_t b) {
  uint32_t ua = a < 0 ? 0u - (uint32_t)a : (uint32_t)a;
  uint32_t ub = b < 0 ? 0u - (uint32_t)b : (uint32_t)b;
  uint32_t r;
  RT_NAME(udivmodsi4)(ua, ub, &r);
  return (int32_t)(a < 0 ? 0u - r : r);
}

int32_t RT_NAME(divmodsi4)(int32_t a, int32_t b, int32_t *rem) {
  *rem = RT_NAME(modsi3)(a, b);
  return RT_NAME(divsi3)(a, b);
}

uint32_t RT_NAME(mulsi3)(uint32_t a, uint32_t b) {
  uint32_t r = 0;
  for (; b; b >>= 1, a <<= 1)
    if (b & 1)
      r += a;
  return r;
}
