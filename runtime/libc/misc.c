/* time.h: the machine has no clock; both report 0. */
#include <time.h>

time_t time(time_t *t) {
  if (t)
    *t = 0;
  return 0;
}

clock_t clock(void) { return 0; }

double difftime(time_t a, time_t b) { return (double)(a - b); }

#include <sys/time.h>

int gettimeofday(struct timeval *tv, void *tz) {
  (void)tz;
  if (tv) {
    tv->tv_sec = 0;
    tv->tv_usec = 0;
  }
  return 0;
}

/* signal.h: handlers only run through raise(). */
#include <signal.h>
#include <stdlib.h>

static __sighandler_t handlers[NSIG];

__sighandler_t signal(int sig, __sighandler_t handler) {
  if (sig <= 0 || sig >= NSIG)
    return SIG_ERR;
  __sighandler_t old = handlers[sig];
  handlers[sig] = handler;
  return old;
}

int raise(int sig) {
  if (sig <= 0 || sig >= NSIG)
    return -1;
  __sighandler_t h = handlers[sig];
  if (h == SIG_IGN)
    return 0;
  if (h == SIG_DFL) {
    if (sig == SIGABRT || sig == SIGSEGV || sig == SIGFPE || sig == SIGILL || sig == SIGTERM ||
        sig == SIGINT)
      abort();
    return 0;
  }
  handlers[sig] = SIG_DFL;
  h(sig);
  return 0;
}

/* locale.h: the "C" locale only. */
#include <locale.h>
#include <string.h>

char *setlocale(int category, const char *locale) {
  (void)category;
  if (!locale || !*locale || strcmp(locale, "C") == 0 || strcmp(locale, "POSIX") == 0)
    return "C";
  return NULL;
}

struct lconv *localeconv(void) {
  static struct lconv c = {".", "", ""};
  return &c;
}

/* unistd.h on the platform's byte I/O. */
#include <unistd.h>
#include <errno.h>
#include "rt.h"

ssize_t write(int fd, const void *buf, size_t n) {
  if (fd != 1 && fd != 2) {
    errno = EBADF;
    return -1;
  }
  __rt_write(fd, buf, n);
  return (ssize_t)n;
}

ssize_t read(int fd, void *buf, size_t n) {
  unsigned char *p = buf;
  size_t i = 0;
  if (fd != 0) {
    errno = EBADF;
    return -1;
  }
  while (i < n) {
    int c = __rt_read_byte();
    if (c < 0)
      break;
    p[i++] = (unsigned char)c;
  }
  return (ssize_t)i;
}

_Noreturn void _exit(int status) { __rt_exit(status); }

int isatty(int fd) {
  (void)fd;
  return 0;
}
