#ifndef _SYS_TYPES_H
#define _SYS_TYPES_H

#include <stddef.h>

typedef int ssize_t;
typedef long off_t;
typedef int pid_t;
typedef unsigned mode_t;
typedef unsigned uid_t;
typedef unsigned gid_t;
typedef unsigned dev_t;
typedef unsigned ino_t;
typedef unsigned nlink_t;
typedef long blksize_t;
typedef long blkcnt_t;
typedef int id_t;
typedef unsigned useconds_t;
typedef long suseconds_t;
#ifndef __RT_TIME_T
#define __RT_TIME_T
typedef long long time_t;
typedef long clock_t;
typedef int clockid_t;
#endif

#endif
