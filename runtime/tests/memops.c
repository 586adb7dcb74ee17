/* The block routines (memcpy, memmove, memset, memcmp, strlen, strcpy,
 * strcmp) against byte-by-byte reference versions, at every alignment of
 * each pointer, lengths around every unrolling boundary, overlap in both
 * directions, and guard bytes that must stay untouched. */
#include <stdio.h>
#include <string.h>

#define SZ 320
static unsigned char src[SZ], dst[SZ], ref[SZ];
static int failures;

static void fail(const char *what, int x, int y, int len) {
  if (failures++ < 10)
    printf("%s FAIL at %d %d len %d\n", what, x, y, len);
}

static void fill(unsigned char *p, int seed) {
  for (int i = 0; i < SZ; i++)
    p[i] = (unsigned char)(i * 37 + seed * 11 + 1);
}

static void copy_ref(unsigned char *d, const unsigned char *s, int n) {
  for (int i = 0; i < n; i++)
    d[i] = s[i];
}

static int sign(int x) { return x < 0 ? -1 : x > 0; }

static int ref_memcmp(const unsigned char *a, const unsigned char *b, int n) {
  for (int i = 0; i < n; i++)
    if (a[i] != b[i])
      return a[i] - b[i];
  return 0;
}

static const int lens[] = {0,  1,  2,  3,  4,  5,  7,  8,  9,  11, 12, 15, 16,
                           17, 19, 20, 31, 32, 33, 35, 36, 39, 40, 47, 63, 64,
                           65, 67, 68, 95, 96, 99, 127, 128, 131, 200};
#define NLENS (int)(sizeof lens / sizeof lens[0])

int main(void) {
  int cases = 0;
  /* memcpy: distinct buffers. */
  for (int so = 0; so < 8; so++)
    for (int dof = 0; dof < 8; dof++)
      for (int l = 0; l < NLENS; l++) {
        int n = lens[l];
        fill(src, 1);
        fill(dst, 2);
        copy_ref(ref, dst, SZ);
        for (int i = 0; i < n; i++)
          ref[16 + dof + i] = src[16 + so + i];
        if (memcpy(dst + 16 + dof, src + 16 + so, (size_t)n) != dst + 16 + dof ||
            ref_memcmp(dst, ref, SZ) != 0)
          fail("memcpy", so, dof, n);
        cases++;
      }
  /* memmove: one buffer, source below and above the destination. */
  for (int so = 0; so < 8; so++)
    for (int dof = -12; dof <= 12; dof++)
      for (int l = 0; l < NLENS; l++) {
        int n = lens[l], s = 40 + so, d = 40 + so + dof;
        fill(dst, 3);
        copy_ref(ref, dst, SZ);
        for (int i = 0; i < n; i++)
          ref[d + i] = dst[s + i];
        if (memmove(dst + d, dst + s, (size_t)n) != dst + d ||
            ref_memcmp(dst, ref, SZ) != 0)
          fail("memmove", s, d, n);
        cases++;
      }
  /* memset: every byte value class. */
  for (int dof = 0; dof < 8; dof++)
    for (int l = 0; l < NLENS; l++)
      for (int c = 0; c < 3; c++) {
        int n = lens[l], v = c == 0 ? 0 : c == 1 ? 0x7f : 0x1ab;
        fill(dst, 4);
        copy_ref(ref, dst, SZ);
        for (int i = 0; i < n; i++)
          ref[16 + dof + i] = (unsigned char)v;
        if (memset(dst + 16 + dof, v, (size_t)n) != dst + 16 + dof ||
            ref_memcmp(dst, ref, SZ) != 0)
          fail("memset", dof, v, n);
        cases++;
      }
  /* memcmp: equal, then one differing byte at each position (both signs). */
  for (int so = 0; so < 4; so++)
    for (int dof = 0; dof < 4; dof++)
      for (int l = 0; l < NLENS; l++) {
        int n = lens[l];
        unsigned char *a = src + 16 + so, *b = dst + 16 + dof;
        fill(src, 5);
        copy_ref(b, a, n);
        b[n] = (unsigned char)(a[n] + 1); /* beyond n: must not count */
        if (memcmp(a, b, (size_t)n) != 0)
          fail("memcmp equal", so, dof, n);
        for (int at = 0; at < n; at += (n > 40 ? 7 : 1)) {
          unsigned char keep = b[at];
          b[at] = (unsigned char)(keep + 0x80);
          if (sign(memcmp(a, b, (size_t)n)) != sign(ref_memcmp(a, b, n)) ||
              sign(memcmp(b, a, (size_t)n)) != sign(ref_memcmp(b, a, n)))
            fail("memcmp", at, dof, n);
          b[at] = keep;
          cases++;
        }
      }
  /* strlen, strcpy, strcmp: strings of non-zero bytes (high bit set too). */
  for (int so = 0; so < 4; so++)
    for (int dof = 0; dof < 4; dof++)
      for (int l = 0; l < NLENS; l++) {
        int n = lens[l];
        char *s = (char *)src + 16 + so, *d = (char *)dst + 16 + dof;
        for (int i = 0; i < n; i++)
          s[i] = (char)((i * 29) % 255 + 1);
        s[n] = 0;
        s[n + 1] = 'x';
        if (strlen(s) != (size_t)n)
          fail("strlen", so, 0, n);
        fill(dst, 6);
        copy_ref(ref, dst, SZ);
        copy_ref(ref + 16 + dof, (unsigned char *)s, n + 1);
        if (strcpy(d, s) != d || ref_memcmp(dst, ref, SZ) != 0)
          fail("strcpy", so, dof, n);
        if (strcmp(s, d) != 0)
          fail("strcmp equal", so, dof, n);
        for (int at = 0; at <= n; at += (n > 40 ? 5 : 1)) {
          char keep = d[at];
          d[at] = (char)(keep ^ 0x40); /* differs; at the terminator: longer */
          int want = sign((unsigned char)s[at] - (unsigned char)d[at]);
          if (sign(strcmp(s, d)) != want || sign(strcmp(d, s)) != -want)
            fail("strcmp", at, dof, n);
          d[at] = keep;
          cases++;
        }
        cases++;
      }
  printf("%d cases, %d failures\n", cases, failures);
  return failures != 0;
}
