/* String and bit functions beyond the core of string.c (POSIX, BSD, GNU). */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>

int ffs(int x) { return __builtin_ffs(x); }
int ffsl(long x) { return __builtin_ffsl(x); }
int ffsll(long long x) { return __builtin_ffsll(x); }

char *strsep(char **sp, const char *delim) {
  char *s = *sp;
  if (!s)
    return NULL;
  char *end = s + strcspn(s, delim);
  if (*end) {
    *end = 0;
    *sp = end + 1;
  } else {
    *sp = NULL;
  }
  return s;
}

void *memmem(const void *hay, size_t hn, const void *needle, size_t nn) {
  const unsigned char *h = hay, *n = needle;
  if (!nn)
    return (void *)hay;
  if (nn > hn)
    return NULL;
  for (size_t i = 0; i + nn <= hn; i++) {
    const unsigned char *p = memchr(h + i, n[0], hn - nn + 1 - i);
    if (!p)
      return NULL;
    i = (size_t)(p - h);
    if (memcmp(p, n, nn) == 0)
      return (void *)p;
  }
  return NULL;
}

void *memrchr(const void *s, int c, size_t n) {
  const unsigned char *p = s;
  while (n--)
    if (p[n] == (unsigned char)c)
      return (void *)(p + n);
  return NULL;
}

void *mempcpy(void *restrict dst, const void *restrict src, size_t n) {
  return (char *)memcpy(dst, src, n) + n;
}

void *memccpy(void *restrict dst, const void *restrict src, int c, size_t n) {
  unsigned char *d = dst;
  const unsigned char *s = src;
  for (size_t i = 0; i < n; i++) {
    d[i] = s[i];
    if (s[i] == (unsigned char)c)
      return d + i + 1;
  }
  return NULL;
}

char *strchrnul(const char *s, int c) {
  while (*s && *s != (char)c)
    s++;
  return (char *)s;
}

char *strcasestr(const char *hay, const char *needle) {
  size_t n = strlen(needle);
  for (; *hay; hay++)
    if (strncasecmp(hay, needle, n) == 0)
      return (char *)hay;
  return n ? NULL : (char *)hay;
}

char *stpncpy(char *restrict dst, const char *restrict src, size_t n) {
  size_t k = strnlen(src, n);
  memcpy(dst, src, k);
  memset(dst + k, 0, n - k);
  return dst + k;
}

size_t strlcpy(char *restrict dst, const char *restrict src, size_t n) {
  size_t len = strlen(src);
  if (n) {
    size_t k = len < n - 1 ? len : n - 1;
    memcpy(dst, src, k);
    dst[k] = 0;
  }
  return len;
}

size_t strlcat(char *restrict dst, const char *restrict src, size_t n) {
  size_t d = strnlen(dst, n);
  if (d == n)
    return n + strlen(src);
  return d + strlcpy(dst + d, src, n - d);
}

char *index(const char *s, int c) { return strchr(s, c); }
char *rindex(const char *s, int c) { return strrchr(s, c); }
void bzero(void *s, size_t n) { memset(s, 0, n); }
void explicit_bzero(void *s, size_t n) { memset(s, 0, n); }
void bcopy(const void *src, void *dst, size_t n) { memmove(dst, src, n); }

int strverscmp(const char *a, const char *b) {
  /* Digit runs compare as numbers (leading zeros as fractional parts are
   * not distinguished: equal numbers compare by length). */
  while (*a && *a == *b && !isdigit((unsigned char)*a))
    a++, b++;
  if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
    const char *pa = a, *pb = b;
    while (*pa == '0')
      pa++;
    while (*pb == '0')
      pb++;
    size_t la = 0, lb = 0;
    while (isdigit((unsigned char)pa[la]))
      la++;
    while (isdigit((unsigned char)pb[lb]))
      lb++;
    if (la != lb)
      return la < lb ? -1 : 1;
    int c = strncmp(pa, pb, la);
    if (c)
      return c;
    if (pa - a != pb - b)
      return (pa - a) > (pb - b) ? -1 : 1;
    return strverscmp(pa + la, pb + lb);
  }
  return (unsigned char)*a - (unsigned char)*b;
}

/* glibc's messages, so that a program prints what it prints natively. */
static const char *const messages[] = {
    [0] = "Success",
    [EPERM] = "Operation not permitted",
    [ENOENT] = "No such file or directory",
    [ESRCH] = "No such process",
    [EINTR] = "Interrupted system call",
    [EIO] = "Input/output error",
    [ENXIO] = "No such device or address",
    [E2BIG] = "Argument list too long",
    [ENOEXEC] = "Exec format error",
    [EBADF] = "Bad file descriptor",
    [ECHILD] = "No child processes",
    [EAGAIN] = "Resource temporarily unavailable",
    [ENOMEM] = "Cannot allocate memory",
    [EACCES] = "Permission denied",
    [EFAULT] = "Bad address",
    [ENOTBLK] = "Block device required",
    [EBUSY] = "Device or resource busy",
    [EEXIST] = "File exists",
    [EXDEV] = "Invalid cross-device link",
    [ENODEV] = "No such device",
    [ENOTDIR] = "Not a directory",
    [EISDIR] = "Is a directory",
    [EINVAL] = "Invalid argument",
    [ENFILE] = "Too many open files in system",
    [EMFILE] = "Too many open files",
    [ENOTTY] = "Inappropriate ioctl for device",
    [ETXTBSY] = "Text file busy",
    [EFBIG] = "File too large",
    [ENOSPC] = "No space left on device",
    [ESPIPE] = "Illegal seek",
    [EROFS] = "Read-only file system",
    [EMLINK] = "Too many links",
    [EPIPE] = "Broken pipe",
    [EDOM] = "Numerical argument out of domain",
    [ERANGE] = "Numerical result out of range",
    [EDEADLK] = "Resource deadlock avoided",
    [ENAMETOOLONG] = "File name too long",
    [ENOLCK] = "No locks available",
    [ENOSYS] = "Function not implemented",
    [ENOTEMPTY] = "Directory not empty",
    [ELOOP] = "Too many levels of symbolic links",
    [ENOMSG] = "No message of desired type",
    [EIDRM] = "Identifier removed",
    [ENOSTR] = "Device not a stream",
    [ENODATA] = "No data available",
    [ETIME] = "Timer expired",
    [ENOSR] = "Out of streams resources",
    [ENOLINK] = "Link has been severed",
    [EPROTO] = "Protocol error",
    [EMULTIHOP] = "Multihop attempted",
    [EBADMSG] = "Bad message",
    [EOVERFLOW] = "Value too large for defined data type",
    [EILSEQ] = "Invalid or incomplete multibyte or wide character",
    [ENOTSOCK] = "Socket operation on non-socket",
    [EDESTADDRREQ] = "Destination address required",
    [EMSGSIZE] = "Message too long",
    [EPROTOTYPE] = "Protocol wrong type for socket",
    [ENOPROTOOPT] = "Protocol not available",
    [EPROTONOSUPPORT] = "Protocol not supported",
    [EOPNOTSUPP] = "Operation not supported",
    [EAFNOSUPPORT] = "Address family not supported by protocol",
    [EADDRINUSE] = "Address already in use",
    [EADDRNOTAVAIL] = "Cannot assign requested address",
    [ENETDOWN] = "Network is down",
    [ENETUNREACH] = "Network is unreachable",
    [ENETRESET] = "Network dropped connection on reset",
    [ECONNABORTED] = "Software caused connection abort",
    [ECONNRESET] = "Connection reset by peer",
    [ENOBUFS] = "No buffer space available",
    [EISCONN] = "Transport endpoint is already connected",
    [ENOTCONN] = "Transport endpoint is not connected",
    [ETIMEDOUT] = "Connection timed out",
    [ECONNREFUSED] = "Connection refused",
    [EHOSTUNREACH] = "No route to host",
    [EALREADY] = "Operation already in progress",
    [EINPROGRESS] = "Operation now in progress",
    [ESTALE] = "Stale file handle",
    [EDQUOT] = "Disk quota exceeded",
    [ECANCELED] = "Operation canceled",
    [EOWNERDEAD] = "Owner died",
    [ENOTRECOVERABLE] = "State not recoverable",
};

static char unknown[32];

static const char *message(int e) {
  if (e >= 0 && (size_t)e < sizeof messages / sizeof *messages && messages[e])
    return messages[e];
  return NULL;
}

char *strerror(int e) {
  const char *m = message(e);
  if (m)
    return (char *)m;
  /* Like glibc: "Unknown error N". */
  char digits[12];
  int n = 0;
  unsigned v = e < 0 ? 0u - (unsigned)e : (unsigned)e;
  do
    digits[n++] = (char)('0' + v % 10);
  while (v /= 10);
  char *p = stpcpy(unknown, "Unknown error ");
  if (e < 0)
    *p++ = '-';
  while (n)
    *p++ = digits[--n];
  *p = 0;
  return unknown;
}

/* The POSIX (XSI) strerror_r. */
int strerror_r(int e, char *buf, size_t n) {
  const char *m = strerror(e);
  if (!n)
    return ERANGE;
  size_t len = strlen(m);
  if (len >= n) {
    memcpy(buf, m, n - 1);
    buf[n - 1] = 0;
    return ERANGE;
  }
  memcpy(buf, m, len + 1);
  return message(e) ? 0 : EINVAL;
}

char *strsignal(int sig) {
  static const char *const names[] = {
      [SIGHUP] = "Hangup", [SIGINT] = "Interrupt", [SIGQUIT] = "Quit",
      [SIGILL] = "Illegal instruction", [SIGTRAP] = "Trace/breakpoint trap",
      [SIGABRT] = "Aborted", [SIGBUS] = "Bus error",
      [SIGFPE] = "Floating point exception", [SIGKILL] = "Killed",
      [SIGUSR1] = "User defined signal 1", [SIGSEGV] = "Segmentation fault",
      [SIGUSR2] = "User defined signal 2", [SIGPIPE] = "Broken pipe",
      [SIGALRM] = "Alarm clock", [SIGTERM] = "Terminated",
  };
  if (sig > 0 && (size_t)sig < sizeof names / sizeof *names && names[sig])
    return (char *)names[sig];
  return "Unknown signal";
}
