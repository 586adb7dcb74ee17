/* signal/raise, setlocale, unistd write, errno/strerror, div. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <locale.h>
#include <unistd.h>
#include <errno.h>

static volatile sig_atomic_t got;
static void on_signal(int sig) { got = sig; }

int main(void) {
  signal(SIGINT, on_signal);
  raise(SIGINT);
  printf("handler got %d\n", (int)got);
  signal(SIGTERM, SIG_IGN);
  printf("ignored raise: %d\n", raise(SIGTERM));
  printf("locale %s\n", setlocale(LC_ALL, "C"));
  fflush(stdout); /* printf and write() share the descriptor */
  write(1, "write(1)\n", 9);
  errno = 0;
  strtol("99999999999999999999", NULL, 10);
  printf("errno ERANGE: %d\n", errno == ERANGE);
  div_t d = div(-7, 2);
  ldiv_t l = ldiv(7L, -2L);
  lldiv_t q = lldiv(-9000000000LL, 7LL);
  printf("div %d %d ldiv %ld %ld lldiv %lld %lld\n", d.quot, d.rem, l.quot, l.rem, q.quot, q.rem);
  printf("abs %d %ld %lld\n", abs(-5), labs(-6L), llabs(-7000000000LL));
  return 0;
}
