#ifndef _TIME_H
#define _TIME_H

#include <stddef.h>

typedef long long time_t;
typedef long clock_t;
#define CLOCKS_PER_SEC 1000000L

struct timespec {
  time_t tv_sec;
  long tv_nsec;
};

/* The machine has no clock: both return 0 (deterministic runs). */
time_t time(time_t *t);
clock_t clock(void);
double difftime(time_t a, time_t b);

#endif
