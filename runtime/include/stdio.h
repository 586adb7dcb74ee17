#ifndef _STDIO_H
#define _STDIO_H

#include <stddef.h>
#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A stream is a file descriptor plus one pushed-back byte and flags.
 * Output is unbuffered at the stream level: each call writes its bytes out.
 * On Valida, stdout and stderr both go to the single WRITE output. */
typedef struct __rt_file {
  int fd;
  int unget;  /* pushed-back byte, or -1 */
  int flags;  /* __RT_EOF, __RT_ERR */
} FILE;

#define __RT_EOF 1
#define __RT_ERR 2

extern FILE *const stdin;
extern FILE *const stdout;
extern FILE *const stderr;
#define stdin stdin
#define stdout stdout
#define stderr stderr

#define EOF (-1)
#define BUFSIZ 1024
#define SEEK_SET 0
#define SEEK_CUR 1
#define SEEK_END 2
#define _IOFBF 0
#define _IOLBF 1
#define _IONBF 2
typedef long fpos_t;

int printf(const char *restrict fmt, ...) __attribute__((format(printf, 1, 2)));
int fprintf(FILE *restrict f, const char *restrict fmt, ...) __attribute__((format(printf, 2, 3)));
int sprintf(char *restrict buf, const char *restrict fmt, ...) __attribute__((format(printf, 2, 3)));
int snprintf(char *restrict buf, size_t n, const char *restrict fmt, ...) __attribute__((format(printf, 3, 4)));
int vprintf(const char *restrict fmt, va_list ap);
int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap);
int vsprintf(char *restrict buf, const char *restrict fmt, va_list ap);
int vsnprintf(char *restrict buf, size_t n, const char *restrict fmt, va_list ap);

int sscanf(const char *restrict s, const char *restrict fmt, ...);
int vscanf(const char *restrict fmt, va_list ap);
int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap);
int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap);
int scanf(const char *restrict fmt, ...);
int fscanf(FILE *restrict f, const char *restrict fmt, ...);

int putchar(int c);
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int puts(const char *s);
int fputs(const char *restrict s, FILE *restrict f);
size_t fwrite(const void *restrict p, size_t size, size_t n, FILE *restrict f);

int getchar(void);
int fgetc(FILE *f);
int getc(FILE *f);
int ungetc(int c, FILE *f);
char *fgets(char *restrict s, int n, FILE *restrict f);
size_t fread(void *restrict p, size_t size, size_t n, FILE *restrict f);
/* POSIX line reading: *line is (re)allocated with malloc. */
long getline(char **restrict line, size_t *restrict cap, FILE *restrict f);
long getdelim(char **restrict line, size_t *restrict cap, int delim, FILE *restrict f);

int fflush(FILE *f);
int feof(FILE *f);
int ferror(FILE *f);
void clearerr(FILE *f);
int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size);
void setbuf(FILE *restrict f, char *restrict buf);
void perror(const char *s);
int fileno(FILE *f);
/* The streams cannot seek: these fail with ESPIPE. */
int fseek(FILE *f, long off, int whence);
long ftell(FILE *f);
void rewind(FILE *f);

/* There is no file system: fopen always fails (returns NULL, errno ENOENT). */
FILE *fopen(const char *restrict path, const char *restrict mode);
int fclose(FILE *f);

#ifdef __cplusplus
}
#endif
#endif
