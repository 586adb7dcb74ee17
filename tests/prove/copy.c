/* Struct and string copies. The runtime's memcpy is one MEMCPY
   instruction, which the v1.0 prover cannot prove, so this program
   brings its own (built with -fno-builtin so it stays a loop). */
#include <stddef.h>
#include "common.h"

void *memcpy(void *restrict dst, const void *restrict src, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  while (n--) *d++ = *s++;
  return dst;
}

struct point { int x, y; char tag[8]; };

static struct point make(int x, int y, const char *tag) {
  struct point p = { x, y, "" };
  for (int i = 0; i < 7 && tag[i]; i++) p.tag[i] = tag[i];
  return p;
}

static void copy_str(char *dst, const char *src) {
  while ((*dst++ = *src++) != 0) {}
}

int main(void) {
  struct point a = make(3, 4, "alpha");
  struct point b = a;
  struct point pts[3];
  for (int i = 0; i < 3; i++) pts[i] = b;
  pts[2].x += 10;
  char buf[16];
  copy_str(buf, "copied");
  put_int(pts[2].x); putchar(' ');
  put_int(pts[1].y); putchar(' ');
  put_str(pts[0].tag); putchar(' ');
  put_str(buf); putchar('\n');
  return 0;
}
