#include <stdint.h>
#include <stddef.h>

/* Fletcher-64 over 32-bit words of a byte buffer (zero-padded). */
uint64_t fletcher64(const unsigned char *p, size_t n) {
  uint64_t a = 0, b = 0;
  for (size_t i = 0; i < n; i += 4) {
    uint32_t w = 0;
    for (size_t j = 0; j < 4 && i + j < n; j++)
      w |= (uint32_t)p[i + j] << (8 * j);
    a = (a + w) % 0xffffffffu;
    b = (b + a) % 0xffffffffu;
  }
  return (b << 32) | a;
}
