#ifndef _ERR_H
#define _ERR_H

#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

/* BSD error reporting on stderr, prefixed with the program name
 * (program_invocation_short_name). */
__attribute__((__noreturn__, format(printf, 2, 3))) void err(int status, const char *fmt, ...);
__attribute__((__noreturn__, format(printf, 2, 3))) void errx(int status, const char *fmt, ...);
__attribute__((__noreturn__)) void verr(int status, const char *fmt, va_list ap);
__attribute__((__noreturn__)) void verrx(int status, const char *fmt, va_list ap);
__attribute__((format(printf, 1, 2))) void warn(const char *fmt, ...);
__attribute__((format(printf, 1, 2))) void warnx(const char *fmt, ...);
void vwarn(const char *fmt, va_list ap);
void vwarnx(const char *fmt, va_list ap);

#ifdef __cplusplus
}
#endif
#endif
