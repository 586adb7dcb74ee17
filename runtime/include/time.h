#ifndef _TIME_H
#define _TIME_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef __RT_TIME_T
#define __RT_TIME_T
typedef long long time_t;
typedef long clock_t;
typedef int clockid_t;
#endif
#define CLOCKS_PER_SEC 1000000L

struct timespec {
  time_t tv_sec;
  long tv_nsec;
};

struct tm {
  int tm_sec;
  int tm_min;
  int tm_hour;
  int tm_mday;
  int tm_mon;
  int tm_year;
  int tm_wday;
  int tm_yday;
  int tm_isdst;
  long tm_gmtoff;
  const char *tm_zone;
};

#define CLOCK_REALTIME 0
#define CLOCK_MONOTONIC 1
#define CLOCK_PROCESS_CPUTIME_ID 2
#define CLOCK_THREAD_CPUTIME_ID 3
#define TIME_UTC 1

/* The machine has no clock. Every clock here reads one deterministic
 * virtual clock that starts at 0 (the Unix epoch, 1970-01-01 00:00:00 UTC)
 * and advances by one microsecond at each reading, so a run is reproducible
 * and a loop waiting for time to pass ends. The time zone is UTC. */
time_t time(time_t *t);
clock_t clock(void);
double difftime(time_t a, time_t b);
int clock_gettime(clockid_t id, struct timespec *ts);
int clock_getres(clockid_t id, struct timespec *ts);
int timespec_get(struct timespec *ts, int base);
int nanosleep(const struct timespec *req, struct timespec *rem);

struct tm *gmtime(const time_t *t);
struct tm *gmtime_r(const time_t *__restrict t, struct tm *__restrict tm);
struct tm *localtime(const time_t *t);
struct tm *localtime_r(const time_t *__restrict t, struct tm *__restrict tm);
time_t mktime(struct tm *tm);
time_t timegm(struct tm *tm);
size_t strftime(char *__restrict s, size_t max, const char *__restrict fmt,
                const struct tm *__restrict tm);
char *asctime(const struct tm *tm);
char *asctime_r(const struct tm *__restrict tm, char *__restrict buf);
char *ctime(const time_t *t);
char *ctime_r(const time_t *t, char *buf);
void tzset(void);
extern char *tzname[2];
extern long timezone;
extern int daylight;

#ifdef __cplusplus
}
#endif
#endif
