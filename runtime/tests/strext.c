/* String extras: ffs, strsep, memmem, memrchr, strndup, strtok_r, strcasestr,
 * stpncpy, strchrnul, mempcpy, qsort_r, strerror texts, memory.h. */
#define _GNU_SOURCE
#include <errno.h>
#include <memory.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int by_key(const void *a, const void *b, void *arg) {
  int dir = *(int *)arg;
  int x = *(const int *)a % 10, y = *(const int *)b % 10;
  return dir * ((x > y) - (x < y));
}

int main(void) {
  printf("ffs %d %d %d %d %d\n", ffs(0), ffs(1), ffs(0x80), ffs((int)0x80000000u), ffsl(12L));
  printf("ffsll %d\n", ffsll(1LL << 40));

  char line[] = "a,b,,c";
  char *p = line, *tok;
  while ((tok = strsep(&p, ",")))
    printf("[%s]", tok);
  printf("\n");

  const char hay[] = "abcabcabd\0xyz";
  printf("memmem %td %td %p\n", (char *)memmem(hay, sizeof hay, "abd", 3) - hay,
         (char *)memmem(hay, sizeof hay, "xyz", 3) - hay, memmem(hay, 5, "abd", 3));
  printf("memrchr %td\n", (char *)memrchr(hay, 'b', 9) - hay);
  char *d = strndup("truncate me", 8);
  printf("strndup [%s]\n", d);
  free(d);

  char words[] = "  one two\tthree  ";
  char *save;
  for (tok = strtok_r(words, " \t", &save); tok; tok = strtok_r(NULL, " \t", &save))
    printf("<%s>", tok);
  printf("\n");
  printf("strcasestr %s\n", strcasestr("Hello World", "WORLD"));
  char buf[8];
  char *end = stpncpy(buf, "abc", sizeof buf);
  printf("stpncpy %td %d\n", end - buf, buf[7]);
  printf("strchrnul %td\n", strchrnul("abc", 'z') - (const char *)"abc" >= 0);
  char m[8];
  *(char *)mempcpy(mempcpy(m, "ab", 2), "cd", 3) = 0;
  printf("mempcpy %s\n", m);

  int v[] = {19, 3, 42, 7, 10, 55, 21, 8, 36, 14, 99, 0, 63};
  int n = sizeof v / sizeof *v, dir = -1;
  qsort_r(v, n, sizeof *v, by_key, &dir);
  for (int i = 0; i < n; i++)
    printf("%d ", v[i]);
  printf("\n");

  int errs[] = {0, EPERM, ENOENT, EIO, EBADF, ENOMEM, EACCES, EEXIST, EINVAL, ENOSPC,
                ESPIPE, EDOM, ERANGE, ENOSYS, EAGAIN, EPIPE, ENOTTY, EOVERFLOW, EILSEQ, 12345};
  for (unsigned i = 0; i < sizeof errs / sizeof *errs; i++)
    printf("%d: %s\n", errs[i], strerror(errs[i]));
  bzero(buf, sizeof buf);
  printf("bzero %d, index %s, rindex %s\n", buf[3], index("a.b.c", '.'), rindex("a.b.c", '.'));
  return 0;
}
