/* Files in memory: fopen/fprintf/fclose and reading back, seeking, tmpfile,
 * rename/remove, fdopen/freopen, open/read/write/lseek/close, fmemopen,
 * open_memstream, dprintf, asprintf, and /dev/null. The same
 * program on a native system uses real files in /tmp. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define A "/tmp/valida-rt-files-a.txt"
#define B "/tmp/valida-rt-files-b.txt"

int main(void) {
  remove(A);
  remove(B);
  errno = 0;
  FILE *missing = fopen(A, "r");
  printf("missing: %p errno %s\n", (void *)missing, strerror(errno));

  FILE *f = fopen(A, "w");
  fprintf(f, "line %d\n", 1);
  fputs("line two\n", f);
  fwrite("xyz\n", 1, 4, f);
  printf("ftell after writes: %ld\n", ftell(f));
  fclose(f);

  f = fopen(A, "r");
  char buf[64];
  while (fgets(buf, sizeof buf, f))
    printf("read: %s", buf);
  printf("feof %d\n", feof(f) != 0);
  fseek(f, 5, SEEK_SET);
  printf("after seek: %c\n", fgetc(f));
  fseek(f, -4, SEEK_END);
  printf("from end: %s", fgets(buf, sizeof buf, f));
  rewind(f);
  int c = fgetc(f);
  ungetc(c, f);
  long pos = ftell(f);
  printf("rewind+ungetc: ftell %ld", pos);
  printf(" then %c\n", fgetc(f));
  fclose(f);

  f = fopen(A, "a+");
  fputs("appended\n", f);
  fseek(f, 0, SEEK_SET);
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  buf[n] = 0;
  printf("a+ gives %zu bytes:\n%s", n, buf);
  fclose(f);

  printf("rename: %d\n", rename(A, B));
  printf("old gone: %d new there: %d\n", access(A, F_OK) != 0, access(B, F_OK) == 0);
  struct stat st;
  stat(B, &st);
  printf("size %ld regular %d\n", (long)st.st_size, S_ISREG(st.st_mode));

  int fd = open(B, O_RDWR);
  printf("lseek end %ld\n", (long)lseek(fd, 0, SEEK_END));
  write(fd, "raw\n", 4);
  lseek(fd, 0, SEEK_SET);
  n = (size_t)read(fd, buf, 6);
  buf[n] = 0;
  printf("read(fd): %s|\n", buf);
  FILE *g = fdopen(fd, "r+");
  fseek(g, -4, SEEK_END);
  printf("fdopen: %s", fgets(buf, sizeof buf, g));
  fclose(g);
  int r = close(fd);
  printf("close again: %d errno EBADF %d\n", r, errno == EBADF);

  g = fopen(B, "r");
  g = freopen(A, "w", g);
  fputs("via freopen\n", g);
  fclose(g);
  g = fopen(A, "r");
  printf("freopen wrote: %s", fgets(buf, sizeof buf, g));
  fclose(g);
  r = remove(A);
  printf("remove: %d", r);
  r = remove(B);
  printf(" %d", r);
  r = remove(A);
  printf(", again %d\n", r);

  f = tmpfile();
  fprintf(f, "%s-%d", "temp", 42);
  rewind(f);
  n = fread(buf, 1, sizeof buf, f);
  buf[n] = 0;
  printf("tmpfile: %s\n", buf);
  fclose(f);

  char mem[32] = "hello memory";
  f = fmemopen(mem, sizeof mem, "r");
  int x = 0;
  fscanf(f, "%s", buf);
  printf("fmemopen read: %s\n", buf);
  fclose(f);
  f = fmemopen(mem, sizeof mem, "w");
  fprintf(f, "n=%d", 7);
  fclose(f);
  printf("fmemopen wrote: %s\n", mem);

  char *ms = NULL;
  size_t ms_len = 0;
  f = open_memstream(&ms, &ms_len);
  for (x = 0; x < 50; x++)
    fprintf(f, "%d,", x);
  fflush(f);
  printf("memstream %zu bytes, tail %s\n", ms_len, ms + ms_len - 6);
  fclose(f);
  free(ms);

  char *s;
  int len = asprintf(&s, "%s %05.1f %x", "asprintf", 3.14159, 255);
  printf("%s (%d)\n", s, len);
  free(s);
  fflush(stdout);
  dprintf(1, "dprintf to %d\n", 1);
  f = fopen("/dev/null", "w");
  printf("/dev/null write: %d\n", fputs("gone", f) >= 0);
  fclose(f);
  printf("tmpnam differs: %d\n", strcmp(tmpnam(buf), tmpnam(NULL)) != 0);
  return 0;
}
