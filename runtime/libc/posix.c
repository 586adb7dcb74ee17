/* POSIX process and system queries for a single program on a machine
 * without an operating system, getopt, and BSD <err.h>. */
#include <err.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

/* One process, pid 1, run by root. */
pid_t getpid(void) { return 1; }
pid_t getppid(void) { return 0; }
uid_t getuid(void) { return 0; }
uid_t geteuid(void) { return 0; }
gid_t getgid(void) { return 0; }
gid_t getegid(void) { return 0; }

pid_t fork(void) {
  errno = ENOSYS;
  return -1;
}

pid_t wait(int *status) {
  (void)status;
  errno = ECHILD;
  return -1;
}

pid_t waitpid(pid_t pid, int *status, int options) {
  (void)pid, (void)status, (void)options;
  errno = ECHILD;
  return -1;
}

/* The only directory is "/". */
char *getcwd(char *buf, size_t size) {
  if (!buf) {
    buf = malloc(size > 2 ? size : 2);
    if (!buf) {
      errno = ENOMEM;
      return NULL;
    }
  } else if (size < 2) {
    errno = ERANGE;
    return NULL;
  }
  buf[0] = '/';
  buf[1] = 0;
  return buf;
}

int chdir(const char *path) {
  if (strcmp(path, "/") == 0 || strcmp(path, ".") == 0)
    return 0;
  errno = ENOENT;
  return -1;
}

long sysconf(int name) {
  switch (name) {
  case _SC_PAGESIZE: return 4096;
  case _SC_CLK_TCK: return 100;
  case _SC_NPROCESSORS_ONLN:
  case _SC_NPROCESSORS_CONF: return 1;
  default: errno = EINVAL; return -1;
  }
}

int gethostname(char *name, size_t len) {
  if (len < 7) {
    errno = ENAMETOOLONG;
    return -1;
  }
  memcpy(name, "valida", 7);
  return 0;
}

/* getopt: POSIX, with GNU's argument permutation left out (options end at
 * the first operand, as with POSIXLY_CORRECT). */
char *optarg;
int optind = 1, opterr = 1, optopt;
static int optpos = 1;

int getopt(int argc, char *const argv[], const char *opts) {
  if (optind == 0) {
    optind = 1;
    optpos = 1;
  }
  if (optind >= argc || !argv[optind] || argv[optind][0] != '-' || !argv[optind][1])
    return -1;
  if (strcmp(argv[optind], "--") == 0) {
    optind++;
    return -1;
  }
  int colon = opts[0] == ':' || ((opts[0] == '+' || opts[0] == '-') && opts[1] == ':');
  char c = argv[optind][optpos];
  const char *spec = c == ':' ? NULL : strchr(opts, c);
  optopt = (unsigned char)c;
  if (!spec) {
    if (opterr && !colon)
      fprintf(stderr, "%s: invalid option -- '%c'\n", argv[0] ? argv[0] : "", c);
    if (!argv[optind][++optpos]) {
      optind++;
      optpos = 1;
    }
    return '?';
  }
  if (spec[1] == ':') {
    if (argv[optind][optpos + 1]) {
      optarg = &argv[optind][optpos + 1];
    } else if (spec[2] == ':') {
      optarg = NULL;
    } else if (optind + 1 < argc) {
      optarg = argv[++optind];
    } else {
      optind++;
      optpos = 1;
      if (opterr && !colon)
        fprintf(stderr, "%s: option requires an argument -- '%c'\n", argv[0] ? argv[0] : "", c);
      return colon ? ':' : '?';
    }
    optind++;
    optpos = 1;
    return c;
  }
  if (!argv[optind][++optpos]) {
    optind++;
    optpos = 1;
  }
  return c;
}

/* The program's name for messages: set it when main receives argv[0]. */
char *program_invocation_name = "a.out";
char *program_invocation_short_name = "a.out";

static void report(const char *fmt, va_list ap, int with_errno, int e) {
  fprintf(stderr, "%s: ", program_invocation_short_name);
  if (fmt) {
    vfprintf(stderr, fmt, ap);
    if (with_errno)
      fputs(": ", stderr);
  }
  if (with_errno)
    fputs(strerror(e), stderr);
  fputc('\n', stderr);
}

void vwarn(const char *fmt, va_list ap) { report(fmt, ap, 1, errno); }
void vwarnx(const char *fmt, va_list ap) { report(fmt, ap, 0, 0); }

_Noreturn void verr(int status, const char *fmt, va_list ap) {
  report(fmt, ap, 1, errno);
  exit(status);
}

_Noreturn void verrx(int status, const char *fmt, va_list ap) {
  report(fmt, ap, 0, 0);
  exit(status);
}

void warn(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vwarn(fmt, ap);
  va_end(ap);
}

void warnx(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  vwarnx(fmt, ap);
  va_end(ap);
}

_Noreturn void err(int status, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  verr(status, fmt, ap);
}

_Noreturn void errx(int status, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  verrx(status, fmt, ap);
}

int getrlimit(int resource, struct rlimit *rlim) {
  if (resource < 0 || resource >= RLIM_NLIMITS) {
    errno = EINVAL;
    return -1;
  }
  rlim->rlim_cur = RLIM_INFINITY;
  rlim->rlim_max = RLIM_INFINITY;
  return 0;
}

int setrlimit(int resource, const struct rlimit *rlim) {
  (void)rlim;
  errno = resource < 0 || resource >= RLIM_NLIMITS ? EINVAL : EPERM;
  return -1;
}

static int bad_which(int which) {
  if (which == PRIO_PROCESS || which == PRIO_PGRP || which == PRIO_USER)
    return 0;
  errno = EINVAL;
  return 1;
}

int getpriority(int which, id_t who) {
  (void)who;
  return bad_which(which) ? -1 : 0;
}

int setpriority(int which, id_t who, int prio) {
  (void)who;
  if (bad_which(which))
    return -1;
  if (prio != 0) {
    errno = EACCES;
    return -1;
  }
  return 0;
}

int sched_yield(void) { return 0; }

static int priority_bound(int policy, int max) {
  switch (policy) {
  case SCHED_OTHER: return 0;
  case SCHED_FIFO:
  case SCHED_RR: return max ? 99 : 1;
  default: errno = EINVAL; return -1;
  }
}

int sched_get_priority_max(int policy) { return priority_bound(policy, 1); }
int sched_get_priority_min(int policy) { return priority_bound(policy, 0); }

/* Only this process (pid 0 or getpid()) exists. */
static int no_such_process(pid_t pid) {
  if (pid == 0 || pid == getpid())
    return 0;
  errno = pid < 0 ? EINVAL : ESRCH;
  return 1;
}

int sched_getscheduler(pid_t pid) { return no_such_process(pid) ? -1 : SCHED_OTHER; }

int sched_setscheduler(pid_t pid, int policy, const struct sched_param *param) {
  if (no_such_process(pid))
    return -1;
  if (policy != SCHED_OTHER && policy != SCHED_FIFO && policy != SCHED_RR) {
    errno = EINVAL;
    return -1;
  }
  if (policy != SCHED_OTHER) {
    errno = EPERM;
    return -1;
  }
  if (!param || param->sched_priority != 0) {
    errno = EINVAL;
    return -1;
  }
  return 0;
}

int sched_getparam(pid_t pid, struct sched_param *param) {
  if (no_such_process(pid))
    return -1;
  param->sched_priority = 0;
  return 0;
}

int sched_setparam(pid_t pid, const struct sched_param *param) {
  if (no_such_process(pid))
    return -1;
  if (!param || param->sched_priority != 0) {
    errno = EINVAL;
    return -1;
  }
  return 0;
}
