/* signal.h: handlers only run through raise(). */
#include <signal.h>
#include <stdlib.h>
#include <errno.h>
#define SIGURG_ 23

static struct sigaction actions[NSIG];

static int fatal_by_default(int sig) {
  switch (sig) {
  case SIGCHLD: case SIGCONT: case SIGWINCH: case SIGURG_: return 0;
  default: return 1;
  }
}

int sigaction(int sig, const struct sigaction *restrict act, struct sigaction *restrict old) {
  if (sig <= 0 || sig >= NSIG || ((sig == SIGKILL || sig == SIGSTOP) && act)) {
    errno = EINVAL;
    return -1;
  }
  if (old)
    *old = actions[sig];
  if (act)
    actions[sig] = *act;
  return 0;
}

__sighandler_t signal(int sig, __sighandler_t handler) {
  struct sigaction act = {0}, old;
  act.sa_handler = handler;
  if (sig == SIGKILL || sig == SIGSTOP || sigaction(sig, &act, &old) < 0) {
    errno = EINVAL;
    return SIG_ERR;
  }
  return old.sa_handler; /* shares its storage with sa_sigaction */
}

/* Runs the handler synchronously; with signal()'s System V semantics left
 * aside, a handler stays installed (glibc's BSD semantics) unless
 * SA_RESETHAND was asked for. */
int raise(int sig) {
  if (sig <= 0 || sig >= NSIG) {
    errno = EINVAL;
    return -1;
  }
  struct sigaction *a = &actions[sig];
  if (a->sa_flags & SA_SIGINFO) {
    siginfo_t info = {sig, 0, 0};
    void (*h)(int, siginfo_t *, void *) = a->sa_sigaction;
    if (a->sa_flags & SA_RESETHAND)
      *a = (struct sigaction){0};
    h(sig, &info, 0);
    return 0;
  }
  __sighandler_t h = a->sa_handler;
  if (h == SIG_IGN)
    return 0;
  if (h == SIG_DFL) {
    if (fatal_by_default(sig))
      abort();
    return 0;
  }
  if (a->sa_flags & SA_RESETHAND)
    a->sa_handler = SIG_DFL;
  h(sig);
  return 0;
}

int kill(int pid, int sig) {
  if (pid != 1 && pid != 0 && pid != -1) {
    errno = ESRCH;
    return -1;
  }
  return sig ? raise(sig) : 0;
}

int sigemptyset(sigset_t *set) {
  *set = 0;
  return 0;
}
int sigfillset(sigset_t *set) {
  *set = ~(sigset_t)0;
  return 0;
}
static int bad_sig(int sig) {
  if (sig > 0 && sig < NSIG)
    return 0;
  errno = EINVAL;
  return 1;
}
int sigaddset(sigset_t *set, int sig) {
  if (bad_sig(sig))
    return -1;
  *set |= 1ul << sig;
  return 0;
}
int sigdelset(sigset_t *set, int sig) {
  if (bad_sig(sig))
    return -1;
  *set &= ~(1ul << sig);
  return 0;
}
int sigismember(const sigset_t *set, int sig) {
  if (bad_sig(sig))
    return -1;
  return (int)((*set >> sig) & 1);
}
/* Nothing arrives asynchronously, so a mask changes nothing. */
int sigprocmask(int how, const sigset_t *restrict set, sigset_t *restrict old) {
  (void)how, (void)set;
  if (old)
    *old = 0;
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

_Noreturn void _exit(int status) { __rt_exit(status); }

int isatty(int fd) {
  (void)fd;
  errno = ENOTTY;
  return 0;
}
