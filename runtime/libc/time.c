/* <time.h> on a machine without a clock: one virtual clock, in
 * microseconds since the Unix epoch, that starts at 0 and advances by one
 * microsecond at every reading (and by the requested amount in sleep), so
 * runs are reproducible and waiting loops end. Time zone: UTC. */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/time.h>
#include <sys/resource.h>
#include <sys/times.h>
#include <time.h>
#include <unistd.h>

static unsigned long long now_us;

static unsigned long long tick(void) { return now_us++; }

time_t time(time_t *t) {
  time_t s = (time_t)(tick() / 1000000u);
  if (t)
    *t = s;
  return s;
}

clock_t clock(void) { return (clock_t)tick(); }

clock_t times(struct tms *buf) {
  clock_t now = clock();
  if (buf) {
    buf->tms_utime = now;
    buf->tms_stime = 0;
    buf->tms_cutime = 0;
    buf->tms_cstime = 0;
  }
  return now;
}

int getrusage(int who, struct rusage *usage) {
  if (who != RUSAGE_SELF && who != RUSAGE_CHILDREN) {
    errno = EINVAL;
    return -1;
  }
  memset(usage, 0, sizeof *usage);
  if (who == RUSAGE_SELF) {
    unsigned long long us = tick();
    usage->ru_utime.tv_sec = (long)(us / 1000000u);
    usage->ru_utime.tv_usec = (long)(us % 1000000u);
  }
  return 0;
}

double difftime(time_t a, time_t b) { return (double)(a - b); }

int clock_gettime(clockid_t id, struct timespec *ts) {
  if (id < 0 || id > CLOCK_THREAD_CPUTIME_ID) {
    errno = EINVAL;
    return -1;
  }
  unsigned long long us = tick();
  ts->tv_sec = (time_t)(us / 1000000u);
  ts->tv_nsec = (long)(us % 1000000u) * 1000;
  return 0;
}

int clock_getres(clockid_t id, struct timespec *ts) {
  if (id < 0 || id > CLOCK_THREAD_CPUTIME_ID) {
    errno = EINVAL;
    return -1;
  }
  if (ts) {
    ts->tv_sec = 0;
    ts->tv_nsec = 1000;
  }
  return 0;
}

int timespec_get(struct timespec *ts, int base) {
  if (base != TIME_UTC)
    return 0;
  clock_gettime(CLOCK_REALTIME, ts);
  return base;
}

int gettimeofday(struct timeval *restrict tv, void *restrict tz) {
  unsigned long long us = tick();
  if (tv) {
    tv->tv_sec = (long)(us / 1000000u);
    tv->tv_usec = (long)(us % 1000000u);
  }
  if (tz) {
    struct timezone *z = tz;
    z->tz_minuteswest = 0;
    z->tz_dsttime = 0;
  }
  return 0;
}

int nanosleep(const struct timespec *req, struct timespec *rem) {
  if (req->tv_nsec < 0 || req->tv_nsec > 999999999 || req->tv_sec < 0) {
    errno = EINVAL;
    return -1;
  }
  now_us += (unsigned long long)req->tv_sec * 1000000u + (unsigned long long)(req->tv_nsec + 999) / 1000;
  if (rem)
    rem->tv_sec = 0, rem->tv_nsec = 0;
  return 0;
}

unsigned sleep(unsigned seconds) {
  now_us += (unsigned long long)seconds * 1000000u;
  return 0;
}

int usleep(useconds_t us) {
  now_us += us;
  return 0;
}

/* ---- calendar ---- */

char *tzname[2] = {"UTC", "UTC"};
long timezone;
int daylight;
void tzset(void) {}

static int leap(long long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian; m 1..12). */
static long long days_from_civil(long long y, int m, int d) {
  y -= m <= 2;
  long long era = (y >= 0 ? y : y - 399) / 400;
  long long yoe = y - era * 400;
  long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static const short month_start[2][13] = {
    {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365},
    {0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366}};

struct tm *gmtime_r(const time_t *restrict t, struct tm *restrict tm) {
  long long s = *t, days = s / 86400, rem = s % 86400;
  if (rem < 0)
    rem += 86400, days--;
  tm->tm_hour = (int)(rem / 3600);
  tm->tm_min = (int)(rem / 60 % 60);
  tm->tm_sec = (int)(rem % 60);
  tm->tm_wday = (int)((4 + days % 7 + 7) % 7);
  /* Civil date from days (Howard Hinnant's algorithm). */
  long long z = days + 719468;
  long long era = (z >= 0 ? z : z - 146096) / 146097;
  long long doe = z - era * 146097;
  long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long long y = yoe + era * 400;
  long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long long mp = (5 * doy + 2) / 153;
  int d = (int)(doy - (153 * mp + 2) / 5 + 1);
  int m = (int)(mp < 10 ? mp + 3 : mp - 9);
  y += m <= 2;
  long long year = y - 1900;
  if (year < -2147483647LL - 1 || year > 2147483647LL) {
    errno = EOVERFLOW;
    return NULL;
  }
  tm->tm_year = (int)year;
  tm->tm_mon = m - 1;
  tm->tm_mday = d;
  tm->tm_yday = month_start[leap(y)][m - 1] + d - 1;
  tm->tm_isdst = 0;
  tm->tm_gmtoff = 0;
  tm->tm_zone = "UTC";
  return tm;
}

struct tm *gmtime(const time_t *t) {
  static struct tm tm;
  return gmtime_r(t, &tm);
}

struct tm *localtime_r(const time_t *restrict t, struct tm *restrict tm) { return gmtime_r(t, tm); }

struct tm *localtime(const time_t *t) { return gmtime(t); }

/* Normalises the fields (any may be out of range) and returns the time. */
time_t timegm(struct tm *tm) {
  long long mon = tm->tm_mon, y = (long long)tm->tm_year + 1900 + mon / 12;
  mon %= 12;
  if (mon < 0)
    mon += 12, y--;
  long long days = days_from_civil(y, (int)mon + 1, 1) + tm->tm_mday - 1;
  time_t t = (time_t)(days * 86400 + (long long)tm->tm_hour * 3600 + (long long)tm->tm_min * 60 +
                      tm->tm_sec);
  if (!gmtime_r(&t, tm))
    return (time_t)-1;
  return t;
}

time_t mktime(struct tm *tm) { return timegm(tm); }

static const char *const wday_name[] = {"Sunday", "Monday", "Tuesday", "Wednesday",
                                        "Thursday", "Friday", "Saturday"};
static const char *const mon_name[] = {"January", "February", "March", "April",
                                       "May", "June", "July", "August",
                                       "September", "October", "November", "December"};

char *asctime_r(const struct tm *restrict tm, char *restrict buf) {
  snprintf(buf, 26, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n", wday_name[(unsigned)tm->tm_wday % 7],
           mon_name[(unsigned)tm->tm_mon % 12], tm->tm_mday, tm->tm_hour, tm->tm_min,
           tm->tm_sec, 1900 + tm->tm_year);
  return buf;
}

char *asctime(const struct tm *tm) {
  static char buf[26];
  return asctime_r(tm, buf);
}

char *ctime_r(const time_t *t, char *buf) {
  struct tm tm;
  return gmtime_r(t, &tm) ? asctime_r(&tm, buf) : NULL;
}

char *ctime(const time_t *t) { return asctime(localtime(t)); }

/* ISO 8601 week-based year and week number. */
static int iso_week(const struct tm *tm, int *year) {
  int y = tm->tm_year + 1900;
  int wday = (tm->tm_wday + 6) % 7; /* Monday 0 */
  int week = (tm->tm_yday - wday + 10) / 7;
  if (week < 1) {
    y--;
    int pyday = tm->tm_yday + 365 + leap(y);
    week = (pyday - wday + 10) / 7;
  } else if (week == 53) {
    int days_in_year = 365 + leap(y);
    if (tm->tm_yday - wday + 3 >= days_in_year) {
      week = 1;
      y++;
    }
  }
  *year = y;
  return week;
}

struct out {
  char *s;
  size_t n, max;
};

static void put_str(struct out *o, const char *s) {
  while (*s) {
    if (o->n + 1 < o->max)
      o->s[o->n] = *s;
    o->n++;
    s++;
  }
}

static void put_num(struct out *o, long long v, int width, char pad) {
  char buf[24];
  if (pad)
    snprintf(buf, sizeof buf, pad == '0' ? "%0*lld" : "%*lld", width, v);
  else
    snprintf(buf, sizeof buf, "%lld", v);
  put_str(o, buf);
}

static void format(struct out *o, const char *fmt, const struct tm *tm) {
  for (; *fmt; fmt++) {
    if (*fmt != '%') {
      char c[2] = {*fmt, 0};
      put_str(o, c);
      continue;
    }
    char pad = 0;
    fmt++;
    if (*fmt == '-' || *fmt == '_' || *fmt == '0') {
      pad = *fmt == '-' ? 1 : *fmt == '_' ? ' ' : '0';
      fmt++;
    }
    if (*fmt == 'E' || *fmt == 'O')
      fmt++;
#define PAD(def) (pad == 1 ? 0 : pad ? pad : (def))
    int year = tm->tm_year + 1900, iy;
    switch (*fmt) {
    case 0: return;
    case 'a': {
      char b[4];
      snprintf(b, 4, "%.3s", wday_name[(unsigned)tm->tm_wday % 7]);
      put_str(o, b);
    } break;
    case 'A': put_str(o, wday_name[(unsigned)tm->tm_wday % 7]); break;
    case 'b':
    case 'h': {
      char b[4];
      snprintf(b, 4, "%.3s", mon_name[(unsigned)tm->tm_mon % 12]);
      put_str(o, b);
    } break;
    case 'B': put_str(o, mon_name[(unsigned)tm->tm_mon % 12]); break;
    case 'c': format(o, "%a %b %e %H:%M:%S %Y", tm); break;
    case 'C': put_num(o, year / 100 - (year < 0 && year % 100), 2, PAD('0')); break;
    case 'd': put_num(o, tm->tm_mday, 2, PAD('0')); break;
    case 'D': format(o, "%m/%d/%y", tm); break;
    case 'e': put_num(o, tm->tm_mday, 2, PAD(' ')); break;
    case 'F': format(o, "%Y-%m-%d", tm); break;
    case 'g': iso_week(tm, &iy); put_num(o, ((iy % 100) + 100) % 100, 2, PAD('0')); break;
    case 'G': iso_week(tm, &iy); put_num(o, iy, 1, PAD(0)); break;
    case 'H': put_num(o, tm->tm_hour, 2, PAD('0')); break;
    case 'I': put_num(o, tm->tm_hour % 12 ? tm->tm_hour % 12 : 12, 2, PAD('0')); break;
    case 'j': put_num(o, tm->tm_yday + 1, 3, PAD('0')); break;
    case 'k': put_num(o, tm->tm_hour, 2, PAD(' ')); break;
    case 'l': put_num(o, tm->tm_hour % 12 ? tm->tm_hour % 12 : 12, 2, PAD(' ')); break;
    case 'm': put_num(o, tm->tm_mon + 1, 2, PAD('0')); break;
    case 'M': put_num(o, tm->tm_min, 2, PAD('0')); break;
    case 'n': put_str(o, "\n"); break;
    case 'p': put_str(o, tm->tm_hour < 12 ? "AM" : "PM"); break;
    case 'P': put_str(o, tm->tm_hour < 12 ? "am" : "pm"); break;
    case 'r': format(o, "%I:%M:%S %p", tm); break;
    case 'R': format(o, "%H:%M", tm); break;
    case 's': {
      struct tm copy = *tm;
      put_num(o, timegm(&copy), 1, 0);
    } break;
    case 'S': put_num(o, tm->tm_sec, 2, PAD('0')); break;
    case 't': put_str(o, "\t"); break;
    case 'T': format(o, "%H:%M:%S", tm); break;
    case 'u': put_num(o, tm->tm_wday ? tm->tm_wday : 7, 1, 0); break;
    case 'U': put_num(o, (tm->tm_yday + 7 - tm->tm_wday) / 7, 2, PAD('0')); break;
    case 'V': put_num(o, iso_week(tm, &iy), 2, PAD('0')); break;
    case 'w': put_num(o, tm->tm_wday, 1, 0); break;
    case 'W': put_num(o, (tm->tm_yday + 7 - (tm->tm_wday + 6) % 7) / 7, 2, PAD('0')); break;
    case 'x': format(o, "%m/%d/%y", tm); break;
    case 'X': format(o, "%H:%M:%S", tm); break;
    case 'y': put_num(o, ((year % 100) + 100) % 100, 2, PAD('0')); break;
    case 'Y': put_num(o, year, 1, PAD(0)); break;
    case 'z': put_str(o, "+0000"); break;
    case 'Z': put_str(o, "UTC"); break;
    case '%': put_str(o, "%"); break;
    default: {
      char c[3] = {'%', *fmt, 0};
      put_str(o, c);
    }
    }
#undef PAD
  }
}

size_t strftime(char *restrict s, size_t max, const char *restrict fmt,
                const struct tm *restrict tm) {
  struct out o = {s, 0, max};
  format(&o, fmt, tm);
  if (o.n + 1 > max) {
    if (max)
      s[0] = 0;
    return 0;
  }
  s[o.n] = 0;
  return o.n;
}
