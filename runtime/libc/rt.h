/* Internal interface between the portable libc and a platform layer
 * (runtime/platform/<name>/). Not installed for user programs. */
#ifndef _RT_H
#define _RT_H

#include <stddef.h>

/* Write n bytes to file descriptor fd (1 = stdout, 2 = stderr). */
void __rt_write(int fd, const char *buf, size_t n);
/* Write the byte c (its low 8 bits) to fd 1 or 2: putchar's path, one
 * WRITE on Valida. */
void __rt_putc(int fd, int c);
/* Next input byte (0..255) from stdin, or -1 at end of input. */
int __rt_read_byte(void);
/* End the program with this status (after atexit/fini have run). */
_Noreturn void __rt_exit(int status);
/* End the program abnormally. */
_Noreturn void __rt_abort(void);
/* The heap region [start, end). */
char *__rt_heap_start(void);
char *__rt_heap_end(void);

/* Descriptors (libc/file.c): write n bytes to fd (-1 and errno on error);
 * the next byte of fd (0..255, -1 at end, -2 on error). */
#include <sys/types.h>
ssize_t __rt_fd_write(int fd, const char *buf, size_t n);
int __rt_fd_getc(int fd);
int __rt_fd_writable(int fd);
/* Non-zero once descriptor 0, 1 or 2 was closed or redirected. */
extern int __rt_std_redirected;

/* Output of stdio: the platform directly for the standard streams. */
static inline int __rt_out(int fd, const char *buf, size_t n) {
  if ((unsigned)fd - 1 < 2 && !__rt_std_redirected) {
    __rt_write(fd, buf, n);
    return 0;
  }
  return __rt_fd_write(fd, buf, n) < 0 ? -1 : 0;
}

/* Formatting engine shared by the printf family (libc/format.c). */
struct __rt_sink {
  char *buf;      /* destination buffer */
  size_t pos;     /* bytes stored in buf */
  size_t cap;     /* capacity of buf */
  size_t total;   /* bytes produced so far (the printf return value) */
  int fd;         /* >= 0: flush buf to this descriptor when full */
};
int __rt_vformat(struct __rt_sink *s, const char *fmt, __builtin_va_list ap);
void __rt_sink_flush(struct __rt_sink *s);

/* Exact decimal expansion of m * 2^e2 (m < 2^56, -1100 < e2 < 1000):
 * value = 0.d[0]d[1]...d[nd-1] x 10^point, no leading or trailing zeros
 * (zero: nd = 0, point = 1). Used by printf and strtod (libc/format.c). */
struct __rt_decimal {
  int nd, point;
  int sticky; /* printf only: non-zero digits follow the nd kept ones */
  char d[800];
};
void __rt_to_decimal(struct __rt_decimal *dec, unsigned long long m, int e2);

/* Run atexit handlers and .fini_array (libc/exit.c). */
void __rt_run_exit_handlers(void);

#endif
