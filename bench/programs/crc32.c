/* CRC-32 (IEEE, reflected): bitwise and table-driven over the same data. */
#include <stdio.h>
#include <stdint.h>

static uint8_t data[8192];
static uint32_t table[256];

static uint32_t crc32_bitwise(const uint8_t *p, unsigned n) {
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned i = 0; i < n; i++) {
    crc ^= p[i];
    for (int k = 0; k < 8; k++)
      crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  return ~crc;
}

static uint32_t crc32_table(const uint8_t *p, unsigned n) {
  uint32_t crc = 0xFFFFFFFFu;
  for (unsigned i = 0; i < n; i++)
    crc = table[(crc ^ p[i]) & 0xFF] ^ (crc >> 8);
  return ~crc;
}

int main(void) {
  for (uint32_t i = 0; i < 256; i++) {
    uint32_t c = i;
    for (int k = 0; k < 8; k++)
      c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    table[i] = c;
  }
  uint32_t x = 1;
  for (unsigned i = 0; i < sizeof data; i++) {
    x = x * 1664525u + 1013904223u;
    data[i] = (uint8_t)(x >> 24);
  }
  uint32_t a = crc32_bitwise(data, sizeof data);
  uint32_t b = 0;
  for (int rep = 0; rep < 8; rep++)
    b ^= crc32_table(data + rep, sizeof data - (unsigned)rep * 100);
  printf("crc32(\"123456789\") = %08x\n", crc32_table((const uint8_t *)"123456789", 9));
  printf("crc32 checksum: %08x %08x\n", a, b);
  return a == crc32_table(data, sizeof data) ? 0 : 1;
}
