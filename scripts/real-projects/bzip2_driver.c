/* Driver for libbz2 (Debian's bzip2 source, built by its own Makefile):
 * compresses standard input at block size LEVEL (-DLEVEL=1..9) with the
 * library's one-call API, checks that decompressing gives the input back,
 * and writes the compressed stream to standard output, so that the result
 * can be compared byte for byte with the project's own test files
 * (sample1.bz2 is `bzip2 -1 < sample1.ref`, and so on). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "bzlib.h"

#ifndef LEVEL
#define LEVEL 9
#endif

int main(void) {
  size_t cap = 1 << 16, n = 0, got;
  char *in = malloc(cap);
  while (in && (got = fread(in + n, 1, cap - n, stdin)) > 0) {
    n += got;
    if (n == cap)
      in = realloc(in, cap *= 2);
  }
  if (!in)
    return 2;
  unsigned out_len = (unsigned)(n + n / 100 + 600);
  char *out = malloc(out_len);
  int r = BZ2_bzBuffToBuffCompress(out, &out_len, in, (unsigned)n, LEVEL, 0, 30);
  if (r != BZ_OK) {
    fprintf(stderr, "compress: error %d\n", r);
    return 3;
  }
  unsigned back_len = (unsigned)n + 1;
  char *back = malloc(back_len);
  r = BZ2_bzBuffToBuffDecompress(back, &back_len, out, out_len, 0, 0);
  if (r != BZ_OK || back_len != n || memcmp(back, in, n) != 0) {
    fprintf(stderr, "round trip failed: error %d, %u of %zu bytes\n", r, back_len, n);
    return 4;
  }
  fwrite(out, 1, out_len, stdout);
  return 0;
}
