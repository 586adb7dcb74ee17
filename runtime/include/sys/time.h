#ifndef _SYS_TIME_H
#define _SYS_TIME_H

#include <time.h>
#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct timeval {
  long tv_sec;
  long tv_usec;
};

struct timezone {
  int tz_minuteswest;
  int tz_dsttime;
};

/* The virtual clock of <time.h>. */
int gettimeofday(struct timeval *__restrict tv, void *__restrict tz);

#ifdef __cplusplus
}
#endif
#endif
