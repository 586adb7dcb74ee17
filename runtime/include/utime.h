#ifndef _UTIME_H
#define _UTIME_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

struct utimbuf {
  time_t actime;
  time_t modtime;
};

/* The in-memory files keep no times (docs/runtime.md, "Files"): utime
 * succeeds for a file that exists and fails with ENOENT otherwise. */
int utime(const char *path, const struct utimbuf *times);

#ifdef __cplusplus
}
#endif
#endif
