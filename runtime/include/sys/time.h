#ifndef _SYS_TIME_H
#define _SYS_TIME_H

#include <time.h>

struct timeval {
  long tv_sec;
  long tv_usec;
};

/* The machine has no clock: always 0 seconds. */
int gettimeofday(struct timeval *tv, void *tz);

#endif
