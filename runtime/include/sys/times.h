#ifndef _SYS_TIMES_H
#define _SYS_TIMES_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct tms {
  clock_t tms_utime;
  clock_t tms_stime;
  clock_t tms_cutime;
  clock_t tms_cstime;
};

/* The virtual clock of clock() (docs/runtime.md, "Time"), all of it user
 * time; there are no child processes. Returns the same clock. */
clock_t times(struct tms *buf);

#ifdef __cplusplus
}
#endif
#endif
