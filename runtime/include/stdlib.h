#ifndef _STDLIB_H
#define _STDLIB_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define EXIT_SUCCESS 0
#define EXIT_FAILURE 1
#define RAND_MAX 0x7fffffff
#define MB_CUR_MAX 1

typedef struct { int quot, rem; } div_t;
typedef struct { long quot, rem; } ldiv_t;
typedef struct { long long quot, rem; } lldiv_t;

void *malloc(size_t n);
void *calloc(size_t n, size_t size);
void *realloc(void *p, size_t n);
void *aligned_alloc(size_t align, size_t n);
void free(void *p);
int posix_memalign(void **out, size_t align, size_t n);
void *valloc(size_t n);
void *reallocarray(void *p, size_t n, size_t size);

int atoi(const char *s);
long atol(const char *s);
long long atoll(const char *s);
double atof(const char *s);
long strtol(const char *__restrict s, char **__restrict end, int base);
unsigned long strtoul(const char *__restrict s, char **__restrict end, int base);
long long strtoll(const char *__restrict s, char **__restrict end, int base);
unsigned long long strtoull(const char *__restrict s, char **__restrict end, int base);
double strtod(const char *__restrict s, char **__restrict end);
float strtof(const char *__restrict s, char **__restrict end);

void qsort(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *));
/* glibc's order: the context is the last argument of both. */
void qsort_r(void *base, size_t n, size_t size, int (*cmp)(const void *, const void *, void *),
             void *arg);
void *bsearch(const void *key, const void *base, size_t n, size_t size,
              int (*cmp)(const void *, const void *));

int abs(int x);
long labs(long x);
long long llabs(long long x);
div_t div(int a, int b);
ldiv_t ldiv(long a, long b);
lldiv_t lldiv(long long a, long long b);

int rand(void);
void srand(unsigned seed);
/* random/srandom share rand's generator, as in glibc. */
long random(void);
void srandom(unsigned seed);
double drand48(void);
double erand48(unsigned short s[3]);
long lrand48(void);
long nrand48(unsigned short s[3]);
long mrand48(void);
long jrand48(unsigned short s[3]);
void srand48(long seed);
unsigned short *seed48(unsigned short s[3]);
void lcong48(unsigned short p[7]);

__attribute__((__noreturn__)) void exit(int status);
__attribute__((__noreturn__)) void _Exit(int status);
__attribute__((__noreturn__)) void abort(void);
int atexit(void (*fn)(void));
/* The environment starts empty; setenv/putenv add to it. */
char *getenv(const char *name);
int setenv(const char *name, const char *value, int overwrite);
int unsetenv(const char *name);
int putenv(char *entry);
int clearenv(void);
/* There is no command processor: system(NULL) is 0, system(cmd) is -1
 * with errno ENOSYS. */
int system(const char *cmd);
int mkstemp(char *template_);

#ifdef __cplusplus
}
#endif
#endif
