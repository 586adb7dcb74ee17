/* struct tm: gmtime/mktime/timegm round trips and normalisation, strftime
 * conversions, asctime; the clocks only for monotonicity (their values are
 * the virtual clock on Valida, the real one natively). TZ is UTC here. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/time.h>
#include <time.h>

static void show(time_t t) {
  struct tm tm;
  char buf[128];
  gmtime_r(&t, &tm);
  strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S %a %A %b %B %j %U %W %V %G %g %u %w %y %C %e %I %p",
           &tm);
  printf("%lld: %s yday %d wday %d\n", (long long)t, buf, tm.tm_yday, tm.tm_wday);
}

int main(void) {
  time_t ts[] = {0, 951782400, 1709210096, -86400, 2147483647, 4102444800LL, -2208988800LL,
                 1230768000, 1262217600, 1609459199};
  for (unsigned i = 0; i < sizeof ts / sizeof *ts; i++)
    show(ts[i]);

  struct tm tm = {0};
  tm.tm_year = 124, tm.tm_mon = 13, tm.tm_mday = 31, tm.tm_hour = 25, tm.tm_min = -5;
  time_t t = timegm(&tm);
  printf("normalised %lld -> %04d-%02d-%02d %02d:%02d wday %d yday %d\n", (long long)t,
         tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_wday,
         tm.tm_yday);
  char buf[64];
  printf("asctime %s", asctime(&tm));
  printf("strftime %%F %%T: %zu ", strftime(buf, sizeof buf, "%F %T %D %R %%", &tm));
  printf("%s\n", buf);
  printf("too small: %zu\n", strftime(buf, 5, "%Y-%m-%d", &tm));

  clock_t c0 = clock();
  struct timespec a, b;
  clock_gettime(CLOCK_MONOTONIC, &a);
  volatile int sink = 0;
  for (int i = 0; i < 1000; i++)
    sink += i;
  clock_gettime(CLOCK_MONOTONIC, &b);
  clock_t c1 = clock();
  printf("clocks advance: %d %d\n", c1 > c0,
         b.tv_sec > a.tv_sec || (b.tv_sec == a.tv_sec && b.tv_nsec > a.tv_nsec));
  struct timeval tv;
  printf("gettimeofday %d, time matches %d\n", gettimeofday(&tv, NULL), time(NULL) >= tv.tv_sec);
  printf("difftime %.1f\n", difftime(10, 4));
  return 0;
}
