/* Environment (setenv/getenv/unsetenv/putenv), getopt, sigaction and
 * raise/kill with caught handlers, <sys/wait.h> status macros,
 * posix_memalign/memalign, <err.h>'s warnx status path, <fcntl.h>. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <malloc.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sched.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

static volatile sig_atomic_t hits, last;
static void on_usr(int sig) {
  hits++;
  last = sig;
}
static void on_info(int sig, siginfo_t *info, void *ctx) {
  (void)ctx;
  last = sig * 100 + (info->si_signo == sig);
}

int main(void) {
  printf("unset: %s\n", getenv("VALIDA_RT_TEST") ? "set" : "(null)");
  setenv("VALIDA_RT_TEST", "one", 1);
  setenv("VALIDA_RT_TEST", "two", 0);
  printf("setenv: %s\n", getenv("VALIDA_RT_TEST"));
  setenv("VALIDA_RT_TEST", "three", 1);
  static char entry[] = "VALIDA_RT_OTHER=put";
  putenv(entry);
  printf("overwrite: %s, putenv: %s\n", getenv("VALIDA_RT_TEST"), getenv("VALIDA_RT_OTHER"));
  unsetenv("VALIDA_RT_TEST");
  printf("unsetenv: %s, bad name: %d\n", getenv("VALIDA_RT_TEST") ? "set" : "(null)",
         setenv("A=B", "x", 1));

  char *argv[] = {"prog", "-a", "-bvalue", "-c", "next", "-ab", "x", "--", "-z", "file", NULL};
  int argc = 10, c;
  opterr = 0;
  while ((c = getopt(argc, argv, "ab:c:")) != -1)
    printf("opt %c arg %s\n", c, optarg && (c == 'b' || c == 'c') ? optarg : "-");
  printf("optind %d -> %s\n", optind, argv[optind]);

  signal(SIGUSR1, on_usr);
  raise(SIGUSR1);
  raise(SIGUSR1);
  printf("SIGUSR1 caught %d times (last %d)\n", (int)hits, (int)last);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_sigaction = on_info;
  sa.sa_flags = SA_SIGINFO | SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGUSR2, &sa, NULL);
  kill(getpid(), SIGUSR2);
  struct sigaction now;
  sigaction(SIGUSR2, NULL, &now);
  printf("siginfo handler %d, reset to default %d\n", (int)last, now.sa_handler == SIG_DFL);
  signal(SIGTERM, SIG_IGN);
  printf("ignored: %d\n", raise(SIGTERM));
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  printf("sigset %d %d\n", sigismember(&set, SIGINT), sigismember(&set, SIGTERM));

  int st = 3 << 8;
  printf("wait macros: exited %d status %d signaled %d\n", WIFEXITED(st), WEXITSTATUS(st),
         WIFSIGNALED(st));
  st = 9;
  printf("signal status: exited %d signaled %d sig %d\n", WIFEXITED(st), WIFSIGNALED(st),
         WTERMSIG(st));

  void *p = NULL;
  int r = posix_memalign(&p, 64, 100);
  printf("posix_memalign %d aligned %d\n", r, ((uintptr_t)p & 63) == 0);
  free(p);
  printf("bad alignment %d\n", posix_memalign(&p, 3, 10) == EINVAL);
  p = memalign(256, 10);
  printf("memalign aligned %d usable %d\n", ((uintptr_t)p & 255) == 0, malloc_usable_size(p) >= 10);
  free(p);

  errno = 0;
  r = isatty(5);
  printf("isatty(5) %d\n", r);
  printf("O_ flags distinct %d\n", (O_RDONLY | O_WRONLY | O_RDWR) == 3 && (O_CREAT & O_TRUNC) == 0);
  printf("pid positive %d\n", getpid() > 0);

  struct rusage ru;
  r = getrusage(RUSAGE_SELF, &ru);
  struct rusage later;
  getrusage(RUSAGE_SELF, &later);
  printf("getrusage %d time moves %d no faults %ld\n", r,
         later.ru_utime.tv_sec * 1000000L + later.ru_utime.tv_usec >
             ru.ru_utime.tv_sec * 1000000L + ru.ru_utime.tv_usec,
         ru.ru_minflt);
  r = getrusage(7, &ru);
  printf("getrusage(7) %d EINVAL %d\n", r, errno == EINVAL);
  struct rlimit rl;
  r = getrlimit(RLIMIT_STACK, &rl);
  printf("getrlimit %d infinite %d\n", r, rl.rlim_cur == RLIM_INFINITY && rl.rlim_max == RLIM_INFINITY);
  rl.rlim_cur = 1 << 20;
  r = setrlimit(RLIMIT_STACK, &rl);
  printf("setrlimit %d EPERM %d\n", r, errno == EPERM);
  int prio = getpriority(PRIO_PROCESS, 0);
  int set0 = setpriority(PRIO_PROCESS, 0, 0);
  int set5 = setpriority(PRIO_PROCESS, 0, 5);
  printf("priority %d set 0: %d set 5: %d EACCES %d\n", prio, set0, set5, errno == EACCES);
  struct sched_param sp = {sched_get_priority_max(SCHED_FIFO)};
  printf("fifo max %d min %d other %d\n", sp.sched_priority, sched_get_priority_min(SCHED_FIFO),
         sched_get_priority_max(SCHED_OTHER));
  r = sched_setscheduler(0, SCHED_FIFO, &sp);
  printf("sched FIFO %d EPERM %d\n", r, errno == EPERM);
  sp.sched_priority = 0;
  r = sched_setscheduler(0, SCHED_OTHER, &sp);
  printf("sched OTHER %d policy %d yield %d\n", r, sched_getscheduler(0), sched_yield());
  r = sched_getscheduler(42);
  printf("other pid %d ESRCH %d\n", r, errno == ESRCH);
  return 0;
}
