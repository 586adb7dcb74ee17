#ifndef _UNISTD_H
#define _UNISTD_H

#include <sys/types.h>

#ifdef __cplusplus
extern "C" {
#endif

#define STDIN_FILENO 0
#define STDOUT_FILENO 1
#define STDERR_FILENO 2

/* Descriptors 0 (input), 1 and 2 (output) only. */
ssize_t write(int fd, const void *buf, size_t n);
ssize_t read(int fd, void *buf, size_t n);
__attribute__((__noreturn__)) void _exit(int status);
int isatty(int fd);

#ifdef __cplusplus
}
#endif
#endif
