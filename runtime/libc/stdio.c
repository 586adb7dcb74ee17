/* Streams: stdin/stdout/stderr over the platform's byte I/O. */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <stdlib.h>
#include "rt.h"

static FILE files[3] = {{0, -1, 0}, {1, -1, 0}, {2, -1, 0}};
#undef stdin
#undef stdout
#undef stderr
FILE *const stdin = &files[0];
FILE *const stdout = &files[1];
FILE *const stderr = &files[2];

static int writable(FILE *f) {
  if (((unsigned)f->fd - 1 < 2 && !__rt_std_redirected) || __rt_fd_writable(f->fd))
    return 1;
  f->flags |= __RT_ERR;
  errno = EBADF;
  return 0;
}

/* The standard output streams go straight to the platform until a
 * descriptor 0-2 is closed or redirected. Written as a comparison with the
 * stream itself, which folds away when a whole-program build sees
 * putchar(c) or printf: no load of the stream's state. */
static int direct_fd(FILE *f) {
  if (__rt_std_redirected)
    return -1;
  return f == stdout ? 1 : f == stderr ? 2 : -1;
}

int fputc(int c, FILE *f) {
  int fd = direct_fd(f);
  if (fd > 0) {
    __rt_putc(fd, c);
    return (unsigned char)c;
  }
  char b = (char)c;
  if (!writable(f) || __rt_out(f->fd, &b, 1))
    return EOF;
  return (unsigned char)c;
}

int putc(int c, FILE *f) { return fputc(c, f); }

int putchar(int c) { return fputc(c, stdout); }

/* Pieces of printf calls whose format the compiler read (a whole-program
 * build rewrites printf("x=%d\n", v) into print_bytes("x=", 2),
 * print_int(v), print_bytes("\n", 1); driver/lto/printf.rs). Each writes
 * what printf writes for its part, with the same error effects. */
void __rt_print_bytes(FILE *f, const char *s, size_t n) {
  int fd = direct_fd(f);
  if (fd > 0)
    __rt_write(fd, s, n);
  else if (writable(f))
    __rt_out(f->fd, s, n);
}

static void print_unsigned(FILE *f, const char *sign, unsigned v, unsigned base,
                           const char *digits) {
  char buf[12], *end = buf + sizeof buf, *p = end;
  do {
    *--p = digits[v % base];
    v /= base;
  } while (v);
  if (*sign)
    *--p = *sign;
  __rt_print_bytes(f, p, (size_t)(end - p));
}

/* Decimal without a digit table: '0' + remainder saves a load per digit. */
static void print_decimal(FILE *f, int neg, unsigned v) {
  char buf[11], *end = buf + sizeof buf, *p = end;
  do {
    unsigned q = v / 10;
    *--p = (char)('0' + (v - q * 10));
    v = q;
  } while (v);
  if (neg)
    *--p = '-';
  __rt_print_bytes(f, p, (size_t)(end - p));
}

void __rt_print_int(FILE *f, int v) {
  print_decimal(f, v < 0, v < 0 ? 0u - (unsigned)v : (unsigned)v);
}

void __rt_print_uint(FILE *f, unsigned v) { print_decimal(f, 0, v); }

void __rt_print_hex(FILE *f, unsigned v, int upper) {
  print_unsigned(f, "", v, 16, upper ? "0123456789ABCDEF" : "0123456789abcdef");
}

void __rt_print_char(FILE *f, int c) { fputc(c, f); }

void __rt_print_str(FILE *f, const char *s) {
  if (!s)
    s = "(null)";
  __rt_print_bytes(f, s, strlen(s));
}

int fputs(const char *restrict s, FILE *restrict f) {
  int fd = direct_fd(f);
  if (fd > 0) {
    __rt_write(fd, s, strlen(s));
    return 0;
  }
  if (!writable(f) || __rt_out(f->fd, s, strlen(s)))
    return EOF;
  return 0;
}

int puts(const char *s) {
  if (fputs(s, stdout) == EOF || fputc('\n', stdout) == EOF)
    return EOF;
  return 0;
}

size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f) {
  if (!size || !n)
    return 0;
  if (!writable(f) || __rt_out(f->fd, p, size * n))
    return 0;
  return n;
}

/* Set once ungetc is used: until then no stream holds a pushed-back byte,
 * and a whole-program build without ungetc drops the check from fgetc. */
static char pushback_used;

int fgetc(FILE *f) {
  int c;
  if (pushback_used && (c = f->unget) >= 0) {
    f->unget = -1;
    return c;
  }
  if (f == stdin && !__rt_std_redirected) {
    c = __rt_read_byte();
    if (c < 0) {
      f->flags |= __RT_EOF;
      return EOF;
    }
    return c;
  }
  c = __rt_fd_getc(f->fd);
  if (c == -2) {
    f->flags |= __RT_ERR;
    return EOF;
  }
  if (c < 0) {
    f->flags |= __RT_EOF;
    return EOF;
  }
  return c;
}

int getc(FILE *f) { return fgetc(f); }
int getchar(void) { return fgetc(stdin); }

int ungetc(int c, FILE *f) {
  if (c == EOF)
    return EOF;
  f->unget = (unsigned char)c;
  pushback_used = 1;
  f->flags &= ~__RT_EOF;
  return (unsigned char)c;
}

char *fgets(char *restrict s, int n, FILE *restrict f) {
  int i = 0;
  if (n <= 0)
    return NULL;
  while (i < n - 1) {
    int c = fgetc(f);
    if (c == EOF)
      break;
    s[i++] = (char)c;
    if (c == '\n')
      break;
  }
  if (i == 0 && n > 1)
    return NULL;
  s[i] = 0;
  return s;
}

size_t fread(void *restrict p, size_t size, size_t n, FILE *restrict f) {
  unsigned char *d = p;
  size_t total = size * n, i;
  if (!total)
    return 0;
  for (i = 0; i < total; i++) {
    int c = fgetc(f);
    if (c == EOF)
      break;
    d[i] = (unsigned char)c;
  }
  return i / size;
}

long getdelim(char **restrict line, size_t *restrict cap, int delim, FILE *restrict f) {
  size_t n = 0;
  int c;
  if (!line || !cap) {
    errno = EINVAL;
    return -1;
  }
  for (;;) {
    c = fgetc(f);
    if (c == EOF && n == 0)
      return -1;
    if (n + 2 > *cap || !*line) {
      size_t ncap = *cap < 64 ? 64 : *cap * 2;
      char *p = realloc(*line, ncap);
      if (!p) {
        errno = ENOMEM;
        return -1;
      }
      *line = p;
      *cap = ncap;
    }
    if (c == EOF)
      break;
    (*line)[n++] = (char)c;
    if (c == delim)
      break;
  }
  (*line)[n] = 0;
  return (long)n;
}

long getline(char **restrict line, size_t *restrict cap, FILE *restrict f) {
  return getdelim(line, cap, '\n', f);
}

int fileno(FILE *f) { return f->fd; }


int fflush(FILE *f) {
  (void)f;
  return 0;
}
int feof(FILE *f) { return f->flags & __RT_EOF; }
int ferror(FILE *f) { return f->flags & __RT_ERR; }
void clearerr(FILE *f) { f->flags = 0; }
int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size) {
  (void)f, (void)buf, (void)mode, (void)size;
  return 0;
}
void setbuf(FILE *restrict f, char *restrict buf) { (void)f, (void)buf; }

void perror(const char *s) {
  if (s && *s)
    fprintf(stderr, "%s: %s\n", s, strerror(errno));
  else
    fprintf(stderr, "%s\n", strerror(errno));
}

/* printf family: every call formats into a small buffer flushed as it fills. */
int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap) {
  char buf[128];
  struct __rt_sink s = {buf, 0, sizeof buf, 0, f->fd};
  if (!writable(f))
    return -1;
  __rt_vformat(&s, fmt, ap);
  __rt_sink_flush(&s);
  return (int)s.total;
}

int vprintf(const char *restrict fmt, va_list ap) { return vfprintf(stdout, fmt, ap); }

int fprintf(FILE *restrict f, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfprintf(f, fmt, ap);
  va_end(ap);
  return r;
}

int printf(const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vfprintf(stdout, fmt, ap);
  va_end(ap);
  return r;
}

int vsnprintf(char *restrict buf, size_t n, const char *restrict fmt, va_list ap) {
  struct __rt_sink s = {buf, 0, n ? n - 1 : 0, 0, -1};
  __rt_vformat(&s, fmt, ap);
  if (n)
    buf[s.pos] = 0;
  return (int)s.total;
}

int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap) {
  return vsnprintf(buf, (size_t)-1 >> 1, fmt, ap);
}

int snprintf(char *restrict buf, size_t n, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsnprintf(buf, n, fmt, ap);
  va_end(ap);
  return r;
}

int sprintf(char *restrict buf, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vsnprintf(buf, (size_t)-1 >> 1, fmt, ap);
  va_end(ap);
  return r;
}

int vdprintf(int fd, const char *restrict fmt, va_list ap) {
  char buf[128];
  struct __rt_sink s = {buf, 0, sizeof buf, 0, fd};
  if (!__rt_fd_writable(fd)) {
    errno = EBADF;
    return -1;
  }
  __rt_vformat(&s, fmt, ap);
  __rt_sink_flush(&s);
  return (int)s.total;
}

int dprintf(int fd, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vdprintf(fd, fmt, ap);
  va_end(ap);
  return r;
}

int vasprintf(char **restrict out, const char *restrict fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  char *s = n < 0 ? NULL : malloc((size_t)n + 1);
  if (!s) {
    *out = NULL;
    return -1;
  }
  vsnprintf(s, (size_t)n + 1, fmt, ap);
  *out = s;
  return n;
}

int asprintf(char **restrict out, const char *restrict fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int r = vasprintf(out, fmt, ap);
  va_end(ap);
  return r;
}
