#ifndef _STDIO_H
#define _STDIO_H

#include <stddef.h>
#include <stdarg.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A stream is a file descriptor plus one pushed-back byte and flags.
 * Output is unbuffered at the stream level: each call writes its bytes out.
 * On Valida, stdout goes to the WRITE output; stderr goes to the host's
 * stderr on our VM and nowhere on the real VM (docs/abi.md, "stderr"). */
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
#define FOPEN_MAX 64
#define FILENAME_MAX 4096
#define L_tmpnam 20
#define TMP_MAX 238328
#define P_tmpdir "/tmp"
typedef long fpos_t;
typedef long off_t;
typedef int ssize_t;

int printf(const char *__restrict fmt, ...) __attribute__((format(printf, 1, 2)));
int fprintf(FILE *__restrict f, const char *__restrict fmt, ...) __attribute__((format(printf, 2, 3)));
int sprintf(char *__restrict buf, const char *__restrict fmt, ...) __attribute__((format(printf, 2, 3)));
int snprintf(char *__restrict buf, size_t n, const char *__restrict fmt, ...) __attribute__((format(printf, 3, 4)));
int vprintf(const char *__restrict fmt, va_list ap);
int vfprintf(FILE *__restrict f, const char *__restrict fmt, va_list ap);
int vsprintf(char *__restrict buf, const char *__restrict fmt, va_list ap);
int vsnprintf(char *__restrict buf, size_t n, const char *__restrict fmt, va_list ap);

int sscanf(const char *__restrict s, const char *__restrict fmt, ...);
int vscanf(const char *__restrict fmt, va_list ap);
int vfscanf(FILE *__restrict f, const char *__restrict fmt, va_list ap);
int vsscanf(const char *__restrict s, const char *__restrict fmt, va_list ap);
int scanf(const char *__restrict fmt, ...);
int fscanf(FILE *__restrict f, const char *__restrict fmt, ...);

int putchar(int c);
int fputc(int c, FILE *f);
int putc(int c, FILE *f);
int puts(const char *s);
int fputs(const char *__restrict s, FILE *__restrict f);
size_t fwrite(const void *__restrict p, size_t size, size_t n, FILE *__restrict f);

int getchar(void);
int fgetc(FILE *f);
int getc(FILE *f);
int ungetc(int c, FILE *f);
char *fgets(char *__restrict s, int n, FILE *__restrict f);
size_t fread(void *__restrict p, size_t size, size_t n, FILE *__restrict f);
/* POSIX line reading: *line is (re)allocated with malloc. */
long getline(char **__restrict line, size_t *__restrict cap, FILE *__restrict f);
long getdelim(char **__restrict line, size_t *__restrict cap, int delim, FILE *__restrict f);

int fflush(FILE *f);
int feof(FILE *f);
int ferror(FILE *f);
void clearerr(FILE *f);
int setvbuf(FILE *__restrict f, char *__restrict buf, int mode, size_t size);
void setbuf(FILE *__restrict f, char *__restrict buf);
void perror(const char *s);
int fileno(FILE *f);
/* The standard streams cannot seek (ESPIPE); files can. */
int fseek(FILE *f, long off, int whence);
long ftell(FILE *f);
void rewind(FILE *f);
int fseeko(FILE *f, off_t off, int whence);
off_t ftello(FILE *f);
int fgetpos(FILE *__restrict f, fpos_t *__restrict pos);
int fsetpos(FILE *f, const fpos_t *pos);

/* Files live in memory for the run (docs/runtime.md, "Files"): fopen of a
 * name never created fails with ENOENT; "/dev/stdin", "/dev/stdout",
 * "/dev/stderr" and "/dev/null" are the usual devices. */
FILE *fopen(const char *__restrict path, const char *__restrict mode);
FILE *fdopen(int fd, const char *mode);
FILE *freopen(const char *__restrict path, const char *__restrict mode, FILE *__restrict f);
int fclose(FILE *f);
FILE *tmpfile(void);
char *tmpnam(char *s);
char *tempnam(const char *dir, const char *prefix);
int remove(const char *path);
int rename(const char *from, const char *to);
FILE *fmemopen(void *__restrict buf, size_t size, const char *__restrict mode);
FILE *open_memstream(char **ptr, size_t *size);
/* No processes: popen fails with ENOSYS. */
FILE *popen(const char *cmd, const char *mode);
int pclose(FILE *f);

int asprintf(char **__restrict s, const char *__restrict fmt, ...) __attribute__((format(printf, 2, 3)));
int vasprintf(char **__restrict s, const char *__restrict fmt, va_list ap);
int dprintf(int fd, const char *__restrict fmt, ...) __attribute__((format(printf, 2, 3)));
int vdprintf(int fd, const char *__restrict fmt, va_list ap);

#define getc_unlocked getc
#define getchar_unlocked getchar
#define putc_unlocked putc
#define putchar_unlocked putchar
#define fputc_unlocked fputc
#define fgetc_unlocked fgetc
#define fwrite_unlocked fwrite
#define fread_unlocked fread
#define fflush_unlocked fflush
#define flockfile(f) ((void)(f))
#define funlockfile(f) ((void)(f))

#ifdef __cplusplus
}
#endif
#endif
