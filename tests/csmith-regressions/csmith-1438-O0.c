typedef int ptrdiff_t;
typedef unsigned int size_t;
typedef int wchar_t;
typedef struct {
  long long __clang_max_align_nonce1
      __attribute__((__aligned__(__alignof__(long long))));
  long double __clang_max_align_nonce2
      __attribute__((__aligned__(__alignof__(long double))));
} max_align_t;
void *memcpy(void *__restrict dst, const void *__restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
char *strcpy(char *__restrict dst, const char *__restrict src);
char *strncpy(char *__restrict dst, const char *__restrict src, size_t n);
char *stpcpy(char *__restrict dst, const char *__restrict src);
char *strcat(char *__restrict dst, const char *__restrict src);
char *strncat(char *__restrict dst, const char *__restrict src, size_t n);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
int strcoll(const char *a, const char *b);
char *strchr(const char *s, int c);
char *strrchr(const char *s, int c);
char *strstr(const char *hay, const char *needle);
size_t strspn(const char *s, const char *accept);
size_t strcspn(const char *s, const char *reject);
char *strpbrk(const char *s, const char *accept);
char *strtok(char *__restrict s, const char *__restrict delim);
char *strtok_r(char *__restrict s, const char *__restrict delim, char **__restrict save);
char *strdup(const char *s);
char *strndup(const char *s, size_t n);
char *strerror(int errnum);
int strcasecmp(const char *a, const char *b);
int strncasecmp(const char *a, const char *b, size_t n);
double fabs(double x);
float fabsf(float x);
double sqrt(double x);
float sqrtf(float x);
double floor(double x);
double ceil(double x);
double trunc(double x);
double round(double x);
float floorf(float x);
float ceilf(float x);
double fmod(double x, double y);
double pow(double x, double y);
double ldexp(double x, int e);
double frexp(double x, int *e);
double fmin(double a, double b);
double fmax(double a, double b);
double copysign(double x, double y);
double exp(double x);
double exp2(double x);
double log(double x);
double log2(double x);
double log10(double x);
double sin(double x);
double cos(double x);
double tan(double x);
double asin(double x);
double acos(double x);
double atan(double x);
double atan2(double y, double x);
double sinh(double x);
double cosh(double x);
double tanh(double x);
double hypot(double x, double y);
double cbrt(double x);
double modf(double x, double *ip);
double rint(double x);
double nearbyint(double x);
long lround(double x);
long long llround(double x);
long lrint(double x);
float expf(float x);
float logf(float x);
float log2f(float x);
float log10f(float x);
float powf(float x, float y);
float sinf(float x);
float cosf(float x);
float tanf(float x);
float atanf(float x);
float atan2f(float y, float x);
float asinf(float x);
float acosf(float x);
float sinhf(float x);
float coshf(float x);
float tanhf(float x);
float hypotf(float x, float y);
float fmodf(float x, float y);
float roundf(float x);
float truncf(float x);
float copysignf(float x, float y);
float fminf(float a, float b);
float fmaxf(float a, float b);
float ldexpf(float x, int e);
float cbrtf(float x);
void sincos(double x, double *s, double *c);
double exp10(double x);
float exp10f(float x);
float exp2f(float x);
double log1p(double x);
double expm1(double x);
double roundeven(double x);
float rintf(float x);
float nearbyintf(float x);
float roundevenf(float x);
long lroundf(float x);
long long llrint(double x);
float log1pf(float x);
float expm1f(float x);
float modff(float x, float *ip);
void sincosf(float x, float *s, float *c);
typedef long long int int64_t;
typedef long long unsigned int uint64_t;
typedef int64_t int_least64_t;
typedef uint64_t uint_least64_t;
typedef int64_t int_fast64_t;
typedef uint64_t uint_fast64_t;
typedef int int32_t;
typedef unsigned int uint32_t;
typedef int32_t int_least32_t;
typedef uint32_t uint_least32_t;
typedef int32_t int_fast32_t;
typedef uint32_t uint_fast32_t;
typedef short int16_t;
typedef unsigned short uint16_t;
typedef int16_t int_least16_t;
typedef uint16_t uint_least16_t;
typedef int16_t int_fast16_t;
typedef uint16_t uint_fast16_t;
typedef signed char int8_t;
typedef unsigned char uint8_t;
typedef int8_t int_least8_t;
typedef uint8_t uint_least8_t;
typedef int8_t int_fast8_t;
typedef uint8_t uint_fast8_t;
typedef int intptr_t;
typedef unsigned int uintptr_t;
typedef long long int intmax_t;
typedef long long unsigned int uintmax_t;
__attribute__((__noreturn__)) void __assert_fail(const char *expr, const char *file, int line);
typedef __builtin_va_list __gnuc_va_list;
typedef __builtin_va_list va_list;
typedef struct __rt_file {
  int fd;
  int unget;
  int flags;
} FILE;
extern FILE *const stdin;
extern FILE *const stdout;
extern FILE *const stderr;
typedef long fpos_t;
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
int fseek(FILE *f, long off, int whence);
long ftell(FILE *f);
void rewind(FILE *f);
FILE *fopen(const char *__restrict path, const char *__restrict mode);
int fclose(FILE *f);
static void
platform_main_begin(void)
{
}
static void
platform_main_end(uint32_t crc, int flag)
{
 printf ("checksum = %X\n", crc);
}
static int8_t
(safe_unary_minus_func_int8_t_s)(int8_t si )
{
  return
    -si;
}
static int8_t
(safe_add_func_int8_t_s_s)(int8_t si1, int8_t si2 )
{
  return
    (si1 + si2);
}
static int8_t
(safe_sub_func_int8_t_s_s)(int8_t si1, int8_t si2 )
{
  return
    (si1 - si2);
}
static int8_t
(safe_mul_func_int8_t_s_s)(int8_t si1, int8_t si2 )
{
  return
    si1 * si2;
}
static int8_t
(safe_mod_func_int8_t_s_s)(int8_t si1, int8_t si2 )
{
  return
    ((si2 == 0) || ((si1 == (-127 -1)) && (si2 == (-1)))) ?
    ((si1)) :
    (si1 % si2);
}
static int8_t
(safe_div_func_int8_t_s_s)(int8_t si1, int8_t si2 )
{
  return
    ((si2 == 0) || ((si1 == (-127 -1)) && (si2 == (-1)))) ?
    ((si1)) :
    (si1 / si2);
}
static int8_t
(safe_lshift_func_int8_t_s_s)(int8_t left, int right )
{
  return
    ((left < 0) || (((int)right) < 0) || (((int)right) >= 32) || (left > (127 >> ((int)right)))) ?
    ((left)) :
    (left << ((int)right));
}
static int8_t
(safe_lshift_func_int8_t_s_u)(int8_t left, unsigned int right )
{
  return
    ((left < 0) || (((unsigned int)right) >= 32) || (left > (127 >> ((unsigned int)right)))) ?
    ((left)) :
    (left << ((unsigned int)right));
}
static int8_t
(safe_rshift_func_int8_t_s_s)(int8_t left, int right )
{
  return
    ((left < 0) || (((int)right) < 0) || (((int)right) >= 32))?
    ((left)) :
    (left >> ((int)right));
}
static int8_t
(safe_rshift_func_int8_t_s_u)(int8_t left, unsigned int right )
{
  return
    ((left < 0) || (((unsigned int)right) >= 32)) ?
    ((left)) :
    (left >> ((unsigned int)right));
}
static int16_t
(safe_unary_minus_func_int16_t_s)(int16_t si )
{
  return
    -si;
}
static int16_t
(safe_add_func_int16_t_s_s)(int16_t si1, int16_t si2 )
{
  return
    (si1 + si2);
}
static int16_t
(safe_sub_func_int16_t_s_s)(int16_t si1, int16_t si2 )
{
  return
    (si1 - si2);
}
static int16_t
(safe_mul_func_int16_t_s_s)(int16_t si1, int16_t si2 )
{
  return
    si1 * si2;
}
static int16_t
(safe_mod_func_int16_t_s_s)(int16_t si1, int16_t si2 )
{
  return
    ((si2 == 0) || ((si1 == (-32767 -1)) && (si2 == (-1)))) ?
    ((si1)) :
    (si1 % si2);
}
static int16_t
(safe_div_func_int16_t_s_s)(int16_t si1, int16_t si2 )
{
  return
    ((si2 == 0) || ((si1 == (-32767 -1)) && (si2 == (-1)))) ?
    ((si1)) :
    (si1 / si2);
}
static int16_t
(safe_lshift_func_int16_t_s_s)(int16_t left, int right )
{
  return
    ((left < 0) || (((int)right) < 0) || (((int)right) >= 32) || (left > (32767 >> ((int)right)))) ?
    ((left)) :
    (left << ((int)right));
}
static int16_t
(safe_lshift_func_int16_t_s_u)(int16_t left, unsigned int right )
{
  return
    ((left < 0) || (((unsigned int)right) >= 32) || (left > (32767 >> ((unsigned int)right)))) ?
    ((left)) :
    (left << ((unsigned int)right));
}
static int16_t
(safe_rshift_func_int16_t_s_s)(int16_t left, int right )
{
  return
    ((left < 0) || (((int)right) < 0) || (((int)right) >= 32))?
    ((left)) :
    (left >> ((int)right));
}
static int16_t
(safe_rshift_func_int16_t_s_u)(int16_t left, unsigned int right )
{
  return
    ((left < 0) || (((unsigned int)right) >= 32)) ?
    ((left)) :
    (left >> ((unsigned int)right));
}
static int32_t
(safe_unary_minus_func_int32_t_s)(int32_t si )
{
  return
    (si==(-2147483647 -1)) ?
    ((si)) :
    -si;
}
static int32_t
(safe_add_func_int32_t_s_s)(int32_t si1, int32_t si2 )
{
  return
    (((si1>0) && (si2>0) && (si1 > (2147483647 -si2))) || ((si1<0) && (si2<0) && (si1 < ((-2147483647 -1)-si2)))) ?
    ((si1)) :
    (si1 + si2);
}
static int32_t
(safe_sub_func_int32_t_s_s)(int32_t si1, int32_t si2 )
{
  return
    (((si1^si2) & (((si1 ^ ((si1^si2) & (~2147483647)))-si2)^si2)) < 0) ?
    ((si1)) :
    (si1 - si2);
}
static int32_t
(safe_mul_func_int32_t_s_s)(int32_t si1, int32_t si2 )
{
  return
    (((si1 > 0) && (si2 > 0) && (si1 > (2147483647 / si2))) || ((si1 > 0) && (si2 <= 0) && (si2 < ((-2147483647 -1) / si1))) || ((si1 <= 0) && (si2 > 0) && (si1 < ((-2147483647 -1) / si2))) || ((si1 <= 0) && (si2 <= 0) && (si1 != 0) && (si2 < (2147483647 / si1)))) ?
    ((si1)) :
    si1 * si2;
}
static int32_t
(safe_mod_func_int32_t_s_s)(int32_t si1, int32_t si2 )
{
  return
    ((si2 == 0) || ((si1 == (-2147483647 -1)) && (si2 == (-1)))) ?
    ((si1)) :
    (si1 % si2);
}
static int32_t
(safe_div_func_int32_t_s_s)(int32_t si1, int32_t si2 )
{
  return
    ((si2 == 0) || ((si1 == (-2147483647 -1)) && (si2 == (-1)))) ?
    ((si1)) :
    (si1 / si2);
}
static int32_t
(safe_lshift_func_int32_t_s_s)(int32_t left, int right )
{
  return
    ((left < 0) || (((int)right) < 0) || (((int)right) >= 32) || (left > (2147483647 >> ((int)right)))) ?
    ((left)) :
    (left << ((int)right));
}
static int32_t
(safe_lshift_func_int32_t_s_u)(int32_t left, unsigned int right )
{
  return
    ((left < 0) || (((unsigned int)right) >= 32) || (left > (2147483647 >> ((unsigned int)right)))) ?
    ((left)) :
    (left << ((unsigned int)right));
}
static int32_t
(safe_rshift_func_int32_t_s_s)(int32_t left, int right )
{
  return
    ((left < 0) || (((int)right) < 0) || (((int)right) >= 32))?
    ((left)) :
    (left >> ((int)right));
}
static int32_t
(safe_rshift_func_int32_t_s_u)(int32_t left, unsigned int right )
{
  return
    ((left < 0) || (((unsigned int)right) >= 32)) ?
    ((left)) :
    (left >> ((unsigned int)right));
}
static int64_t
(safe_unary_minus_func_int64_t_s)(int64_t si )
{
  return
    (si==(-9223372036854775807LL -1)) ?
    ((si)) :
    -si;
}
static int64_t
(safe_add_func_int64_t_s_s)(int64_t si1, int64_t si2 )
{
  return
    (((si1>0) && (si2>0) && (si1 > (9223372036854775807LL -si2))) || ((si1<0) && (si2<0) && (si1 < ((-9223372036854775807LL -1)-si2)))) ?
    ((si1)) :
    (si1 + si2);
}
static int64_t
(safe_sub_func_int64_t_s_s)(int64_t si1, int64_t si2 )
{
  return
    (((si1^si2) & (((si1 ^ ((si1^si2) & (~9223372036854775807LL)))-si2)^si2)) < 0) ?
    ((si1)) :
    (si1 - si2);
}
static int64_t
(safe_mul_func_int64_t_s_s)(int64_t si1, int64_t si2 )
{
  return
    (((si1 > 0) && (si2 > 0) && (si1 > (9223372036854775807LL / si2))) || ((si1 > 0) && (si2 <= 0) && (si2 < ((-9223372036854775807LL -1) / si1))) || ((si1 <= 0) && (si2 > 0) && (si1 < ((-9223372036854775807LL -1) / si2))) || ((si1 <= 0) && (si2 <= 0) && (si1 != 0) && (si2 < (9223372036854775807LL / si1)))) ?
    ((si1)) :
    si1 * si2;
}
static int64_t
(safe_mod_func_int64_t_s_s)(int64_t si1, int64_t si2 )
{
  return
    ((si2 == 0) || ((si1 == (-9223372036854775807LL -1)) && (si2 == (-1)))) ?
    ((si1)) :
    (si1 % si2);
}
static int64_t
(safe_div_func_int64_t_s_s)(int64_t si1, int64_t si2 )
{
  return
    ((si2 == 0) || ((si1 == (-9223372036854775807LL -1)) && (si2 == (-1)))) ?
    ((si1)) :
    (si1 / si2);
}
static int64_t
(safe_lshift_func_int64_t_s_s)(int64_t left, int right )
{
  return
    ((left < 0) || (((int)right) < 0) || (((int)right) >= 32) || (left > (9223372036854775807LL >> ((int)right)))) ?
    ((left)) :
    (left << ((int)right));
}
static int64_t
(safe_lshift_func_int64_t_s_u)(int64_t left, unsigned int right )
{
  return
    ((left < 0) || (((unsigned int)right) >= 32) || (left > (9223372036854775807LL >> ((unsigned int)right)))) ?
    ((left)) :
    (left << ((unsigned int)right));
}
static int64_t
(safe_rshift_func_int64_t_s_s)(int64_t left, int right )
{
  return
    ((left < 0) || (((int)right) < 0) || (((int)right) >= 32))?
    ((left)) :
    (left >> ((int)right));
}
static int64_t
(safe_rshift_func_int64_t_s_u)(int64_t left, unsigned int right )
{
  return
    ((left < 0) || (((unsigned int)right) >= 32)) ?
    ((left)) :
    (left >> ((unsigned int)right));
}
static uint8_t
(safe_unary_minus_func_uint8_t_u)(uint8_t ui )
{
  return -ui;
}
static uint8_t
(safe_add_func_uint8_t_u_u)(uint8_t ui1, uint8_t ui2 )
{
  return ui1 + ui2;
}
static uint8_t
(safe_sub_func_uint8_t_u_u)(uint8_t ui1, uint8_t ui2 )
{
  return ui1 - ui2;
}
static uint8_t
(safe_mul_func_uint8_t_u_u)(uint8_t ui1, uint8_t ui2 )
{
  return ((unsigned int)ui1) * ((unsigned int)ui2);
}
static uint8_t
(safe_mod_func_uint8_t_u_u)(uint8_t ui1, uint8_t ui2 )
{
  return
    (ui2 == 0) ?
    ((ui1)) :
    (ui1 % ui2);
}
static uint8_t
(safe_div_func_uint8_t_u_u)(uint8_t ui1, uint8_t ui2 )
{
  return
    (ui2 == 0) ?
    ((ui1)) :
    (ui1 / ui2);
}
static uint8_t
(safe_lshift_func_uint8_t_u_s)(uint8_t left, int right )
{
  return
    ((((int)right) < 0) || (((int)right) >= 32) || (left > (255 >> ((int)right)))) ?
    ((left)) :
    (left << ((int)right));
}
static uint8_t
(safe_lshift_func_uint8_t_u_u)(uint8_t left, unsigned int right )
{
  return
    ((((unsigned int)right) >= 32) || (left > (255 >> ((unsigned int)right)))) ?
    ((left)) :
    (left << ((unsigned int)right));
}
static uint8_t
(safe_rshift_func_uint8_t_u_s)(uint8_t left, int right )
{
  return
    ((((int)right) < 0) || (((int)right) >= 32)) ?
    ((left)) :
    (left >> ((int)right));
}
static uint8_t
(safe_rshift_func_uint8_t_u_u)(uint8_t left, unsigned int right )
{
  return
    (((unsigned int)right) >= 32) ?
    ((left)) :
    (left >> ((unsigned int)right));
}
static uint16_t
(safe_unary_minus_func_uint16_t_u)(uint16_t ui )
{
  return -ui;
}
static uint16_t
(safe_add_func_uint16_t_u_u)(uint16_t ui1, uint16_t ui2 )
{
  return ui1 + ui2;
}
static uint16_t
(safe_sub_func_uint16_t_u_u)(uint16_t ui1, uint16_t ui2 )
{
  return ui1 - ui2;
}
static uint16_t
(safe_mul_func_uint16_t_u_u)(uint16_t ui1, uint16_t ui2 )
{
  return ((unsigned int)ui1) * ((unsigned int)ui2);
}
static uint16_t
(safe_mod_func_uint16_t_u_u)(uint16_t ui1, uint16_t ui2 )
{
  return
    (ui2 == 0) ?
    ((ui1)) :
    (ui1 % ui2);
}
static uint16_t
(safe_div_func_uint16_t_u_u)(uint16_t ui1, uint16_t ui2 )
{
  return
    (ui2 == 0) ?
    ((ui1)) :
    (ui1 / ui2);
}
static uint16_t
(safe_lshift_func_uint16_t_u_s)(uint16_t left, int right )
{
  return
    ((((int)right) < 0) || (((int)right) >= 32) || (left > (65535 >> ((int)right)))) ?
    ((left)) :
    (left << ((int)right));
}
static uint16_t
(safe_lshift_func_uint16_t_u_u)(uint16_t left, unsigned int right )
{
  return
    ((((unsigned int)right) >= 32) || (left > (65535 >> ((unsigned int)right)))) ?
    ((left)) :
    (left << ((unsigned int)right));
}
static uint16_t
(safe_rshift_func_uint16_t_u_s)(uint16_t left, int right )
{
  return
    ((((int)right) < 0) || (((int)right) >= 32)) ?
    ((left)) :
    (left >> ((int)right));
}
static uint16_t
(safe_rshift_func_uint16_t_u_u)(uint16_t left, unsigned int right )
{
  return
    (((unsigned int)right) >= 32) ?
    ((left)) :
    (left >> ((unsigned int)right));
}
static uint32_t
(safe_unary_minus_func_uint32_t_u)(uint32_t ui )
{
  return -ui;
}
static uint32_t
(safe_add_func_uint32_t_u_u)(uint32_t ui1, uint32_t ui2 )
{
  return ui1 + ui2;
}
static uint32_t
(safe_sub_func_uint32_t_u_u)(uint32_t ui1, uint32_t ui2 )
{
  return ui1 - ui2;
}
static uint32_t
(safe_mul_func_uint32_t_u_u)(uint32_t ui1, uint32_t ui2 )
{
  return ((unsigned int)ui1) * ((unsigned int)ui2);
}
static uint32_t
(safe_mod_func_uint32_t_u_u)(uint32_t ui1, uint32_t ui2 )
{
  return
    (ui2 == 0) ?
    ((ui1)) :
    (ui1 % ui2);
}
static uint32_t
(safe_div_func_uint32_t_u_u)(uint32_t ui1, uint32_t ui2 )
{
  return
    (ui2 == 0) ?
    ((ui1)) :
    (ui1 / ui2);
}
static uint32_t
(safe_lshift_func_uint32_t_u_s)(uint32_t left, int right )
{
  return
    ((((int)right) < 0) || (((int)right) >= 32) || (left > (4294967295U >> ((int)right)))) ?
    ((left)) :
    (left << ((int)right));
}
static uint32_t
(safe_lshift_func_uint32_t_u_u)(uint32_t left, unsigned int right )
{
  return
    ((((unsigned int)right) >= 32) || (left > (4294967295U >> ((unsigned int)right)))) ?
    ((left)) :
    (left << ((unsigned int)right));
}
static uint32_t
(safe_rshift_func_uint32_t_u_s)(uint32_t left, int right )
{
  return
    ((((int)right) < 0) || (((int)right) >= 32)) ?
    ((left)) :
    (left >> ((int)right));
}
static uint32_t
(safe_rshift_func_uint32_t_u_u)(uint32_t left, unsigned int right )
{
  return
    (((unsigned int)right) >= 32) ?
    ((left)) :
    (left >> ((unsigned int)right));
}
static uint64_t
(safe_unary_minus_func_uint64_t_u)(uint64_t ui )
{
  return -ui;
}
static uint64_t
(safe_add_func_uint64_t_u_u)(uint64_t ui1, uint64_t ui2 )
{
  return ui1 + ui2;
}
static uint64_t
(safe_sub_func_uint64_t_u_u)(uint64_t ui1, uint64_t ui2 )
{
  return ui1 - ui2;
}
static uint64_t
(safe_mul_func_uint64_t_u_u)(uint64_t ui1, uint64_t ui2 )
{
  return ((unsigned long long)ui1) * ((unsigned long long)ui2);
}
static uint64_t
(safe_mod_func_uint64_t_u_u)(uint64_t ui1, uint64_t ui2 )
{
  return
    (ui2 == 0) ?
    ((ui1)) :
    (ui1 % ui2);
}
static uint64_t
(safe_div_func_uint64_t_u_u)(uint64_t ui1, uint64_t ui2 )
{
  return
    (ui2 == 0) ?
    ((ui1)) :
    (ui1 / ui2);
}
static uint64_t
(safe_lshift_func_uint64_t_u_s)(uint64_t left, int right )
{
  return
    ((((int)right) < 0) || (((int)right) >= 32) || (left > (18446744073709551615ULL >> ((int)right)))) ?
    ((left)) :
    (left << ((int)right));
}
static uint64_t
(safe_lshift_func_uint64_t_u_u)(uint64_t left, unsigned int right )
{
  return
    ((((unsigned int)right) >= 32) || (left > (18446744073709551615ULL >> ((unsigned int)right)))) ?
    ((left)) :
    (left << ((unsigned int)right));
}
static uint64_t
(safe_rshift_func_uint64_t_u_s)(uint64_t left, int right )
{
  return
    ((((int)right) < 0) || (((int)right) >= 32)) ?
    ((left)) :
    (left >> ((int)right));
}
static uint64_t
(safe_rshift_func_uint64_t_u_u)(uint64_t left, unsigned int right )
{
  return
    (((unsigned int)right) >= 32) ?
    ((left)) :
    (left >> ((unsigned int)right));
}
static float
(safe_add_func_float_f_f)(float sf1, float sf2 )
{
  return
    (fabsf((0.5f * sf1) + (0.5f * sf2)) > (0.5f * 3.40282347e+38F)) ?
    (sf1) :
    (sf1 + sf2);
}
static float
(safe_sub_func_float_f_f)(float sf1, float sf2 )
{
  return
    (fabsf((0.5f * sf1) - (0.5f * sf2)) > (0.5f * 3.40282347e+38F)) ?
    (sf1) :
    (sf1 - sf2);
}
static float
(safe_mul_func_float_f_f)(float sf1, float sf2 )
{
  return
    (fabsf((0x1.0p-100f * sf1) * (0x1.0p-28f * sf2)) > (0x1.0p-100f * (0x1.0p-28f * 3.40282347e+38F))) ?
    (sf1) :
    (sf1 * sf2);
}
static float
(safe_div_func_float_f_f)(float sf1, float sf2 )
{
  return
    ((fabsf(sf2) < 1.0f) && (((sf2 == 0.0f) || (fabsf((0x1.0p-49f * sf1) / (0x1.0p100f * sf2))) > (0x1.0p-100f * (0x1.0p-49f * 3.40282347e+38F))))) ?
    (sf1) :
    (sf1 / sf2);
}
static double
(safe_add_func_double_f_f)(double sf1, double sf2 )
{
  return
    (fabs((0.5 * sf1) + (0.5 * sf2)) > (0.5 * 1.7976931348623157e+308)) ?
    (sf1) :
    (sf1 + sf2);
}
static double
(safe_sub_func_double_f_f)(double sf1, double sf2 )
{
  return
    (fabs((0.5 * sf1) - (0.5 * sf2)) > (0.5 * 1.7976931348623157e+308)) ?
    (sf1) :
    (sf1 - sf2);
}
static double
(safe_mul_func_double_f_f)(double sf1, double sf2 )
{
  return
    (fabs((0x1.0p-100 * sf1) * (0x1.0p-924 * sf2)) > (0x1.0p-100 * (0x1.0p-924 * 1.7976931348623157e+308))) ?
    (sf1) :
    (sf1 * sf2);
}
static double
(safe_div_func_double_f_f)(double sf1, double sf2 )
{
  return
    ((fabs(sf2) < 1.0) && (((sf2 == 0.0) || (fabs((0x1.0p-974 * sf1) / (0x1.0p100 * sf2))) > (0x1.0p-100 * (0x1.0p-974 * 1.7976931348623157e+308))))) ?
    (sf1) :
    (sf1 / sf2);
}
static int32_t
(safe_convert_func_float_to_int32_t)(float sf1 )
{
  return
    ((sf1 <= (-2147483647 -1)) || (sf1 >= 2147483647)) ?
    (2147483647) :
    ((int32_t)(sf1));
}

static uint32_t crc32_tab[256];
static uint32_t crc32_context = 0xFFFFFFFFUL;
static void
crc32_gentab (void)
{
 uint32_t crc;
 const uint32_t poly = 0xEDB88320UL;
 int i, j;
 for (i = 0; i < 256; i++) {
  crc = i;
  for (j = 8; j > 0; j--) {
   if (crc & 1) {
    crc = (crc >> 1) ^ poly;
   } else {
    crc >>= 1;
   }
  }
  crc32_tab[i] = crc;
 }
}
static void
crc32_byte (uint8_t b) {
 crc32_context =
  ((crc32_context >> 8) & 0x00FFFFFF) ^
  crc32_tab[(crc32_context ^ b) & 0xFF];
}
static void
crc32_8bytes (uint64_t val)
{
 crc32_byte ((val>>0) & 0xff);
 crc32_byte ((val>>8) & 0xff);
 crc32_byte ((val>>16) & 0xff);
 crc32_byte ((val>>24) & 0xff);
 crc32_byte ((val>>32) & 0xff);
 crc32_byte ((val>>40) & 0xff);
 crc32_byte ((val>>48) & 0xff);
 crc32_byte ((val>>56) & 0xff);
}
static void
transparent_crc (uint64_t val, char* vname, int flag)
{
 crc32_8bytes(val);
 if (flag) {
    printf("...checksum after hashing %s : %lX\n", vname, crc32_context ^ 0xFFFFFFFFUL);
 }
}
static void
transparent_crc_bytes (char *ptr, int nbytes, char* vname, int flag)
{
    int i;
    for (i=0; i<nbytes; i++) {
        crc32_byte(ptr[i]);
    }
 if (flag) {
    printf("...checksum after hashing %s : %lX\n", vname, crc32_context ^ 0xFFFFFFFFUL);
 }
}
static long __undefined;
struct S0 {
   const volatile signed f0 : 29;
   signed f1 : 30;
   signed f2 : 8;
   signed f3 : 20;
   signed f4 : 19;
   unsigned f5 : 30;
};
#pragma pack(push)
#pragma pack(1)
struct S1 {
   int32_t f0;
   volatile uint32_t f1;
   const unsigned f2 : 9;
   unsigned f3 : 17;
};
#pragma pack(pop)
union U2 {
   uint8_t f0;
   int8_t f1;
   volatile uint8_t f2;
};
static int16_t g_16 = 0L;
static volatile int32_t g_63 = 0x103CA543L;
static volatile int32_t g_64 = 0xE139A53AL;
static volatile int32_t g_65 = 0x07C1F4B9L;
static int32_t g_66 = 0xCF47A0CAL;
static int32_t g_69 = 0x0B0B8B0EL;
static volatile struct S1 g_86 = {-1L,18446744073709551614UL,16,234};
static union U2 g_87 = {0x7CL};
static uint32_t g_93 = 0xF04C396CL;
static int64_t g_95[4][3][4] = {{{0xD176C5B50A70091FLL,0xEB906A3399760361LL,1L,(-1L)},{0xEB906A3399760361LL,9L,0xD176C5B50A70091FLL,0x4B5A03F7513D9644LL},{(-9L),0L,0xADB6CD35A08C8198LL,0L}},{{1L,(-1L),(-1L),6L},{0xA4D940870E267355LL,0x0354EEA3775ED142LL,0x8638AA3AE4374F1ELL,0xB62C3DCCD505EE19LL},{0xADB6CD35A08C8198LL,0xBE652606BDE5E333LL,0xDF13F3F2C75BC628LL,0xD176C5B50A70091FLL}},{{0xADB6CD35A08C8198LL,1L,0x8638AA3AE4374F1ELL,0xEB906A3399760361LL},{0xA4D940870E267355LL,0xD176C5B50A70091FLL,(-1L),(-9L)},{1L,0xADB6CD35A08C8198LL,0xADB6CD35A08C8198LL,1L}},{{(-9L),(-1L),0xD176C5B50A70091FLL,0xA4D940870E267355LL},{0xEB906A3399760361LL,0x8638AA3AE4374F1ELL,1L,0xADB6CD35A08C8198LL},{0xD176C5B50A70091FLL,0xDF13F3F2C75BC628LL,(-1L),0x03F43C5EACAA091CLL}}};
static uint8_t *g_96 = &g_87.f0;
static int32_t g_99 = 0L;
static int32_t * volatile g_98 = &g_99;
static uint16_t g_134 = 1UL;
static volatile uint8_t g_142 = 0x63L;
static volatile int32_t * volatile g_147[6] = {&g_64,&g_64,&g_64,&g_64,&g_64,&g_64};
static volatile int32_t * volatile *g_146 = &g_147[4];
static volatile int32_t * volatile **g_145 = &g_146;
static volatile int32_t * volatile *** volatile g_148 = &g_145;
static int64_t g_163 = 5L;
static int16_t g_193 = (-1L);
static int32_t g_241[5] = {0x69FDC448L,0x69FDC448L,0x69FDC448L,0x69FDC448L,0x69FDC448L};
static int8_t g_263 = 0x18L;
static int32_t g_268 = 0xB7E20503L;
static int32_t * const g_267 = &g_268;
static int32_t * const *g_266[9] = {&g_267,&g_267,&g_267,&g_267,&g_267,&g_267,&g_267,&g_267,&g_267};
static int32_t * const **g_265 = &g_266[6];
static volatile struct S1 g_273 = {0x0CC7F17FL,0xDB083823L,6,47};
static const struct S0 g_309 = {21273,-18475,-15,964,-597,22659};
static int16_t g_314 = (-3L);
static uint8_t g_315 = 1UL;
static uint64_t g_347 = 0x6B61EE534A330993LL;
static int32_t *g_354 = &g_66;
static int32_t ** volatile g_353 = &g_354;
static volatile int32_t g_382 = 0xAE79C7F1L;
static volatile int32_t *g_381[4] = {&g_382,&g_382,&g_382,&g_382};
static volatile int32_t * volatile *g_380 = &g_381[2];
static volatile union U2 g_448[4] = {{255UL},{255UL},{255UL},{255UL}};
static volatile struct S1 *g_552 = &g_273;
static volatile struct S1 ** volatile g_551 = &g_552;
static const uint8_t g_600 = 0xC2L;
static volatile int64_t g_601 = (-10L);
static int32_t ** volatile g_622 = &g_354;
static int32_t ** volatile g_664 = &g_354;
static uint32_t *g_671 = &g_93;
static struct S1 g_693 = {-1L,0xA5E5ED36L,12,74};
static uint64_t g_720 = 18446744073709551615UL;
static struct S1 g_754 = {0x28BF1045L,1UL,16,124};
static struct S1 *g_753 = &g_754;
static volatile struct S1 g_755 = {1L,9UL,11,101};
static volatile uint16_t g_765 = 0x8F0FL;
static int32_t **g_769 = (void*)0;
static struct S1 g_777 = {0x042DBF53L,0x77104AA6L,10,256};
static union U2 g_842 = {255UL};
static volatile struct S1 g_908 = {0x05984E23L,0x8B14D5E2L,8,250};
static uint32_t * volatile *g_921 = &g_671;
static uint32_t * volatile ** volatile g_920 = &g_921;
static uint32_t g_924 = 18446744073709551615UL;
static volatile uint32_t g_943 = 0x4F463EADL;
static volatile uint32_t *g_942 = &g_943;
static volatile uint32_t * const *g_941 = &g_942;
static volatile uint32_t * const **g_940[2][1] = {{&g_941},{&g_941}};
static volatile uint32_t * const *** const g_939 = &g_940[1][0];
static const int32_t *g_950 = (void*)0;
static const int32_t **g_949 = &g_950;
static const int32_t ***g_948[6] = {&g_949,&g_949,&g_949,&g_949,&g_949,&g_949};
static const int32_t **** const g_947 = &g_948[0];
static const int32_t **** const *g_946 = &g_947;
static int32_t ** volatile g_956 = &g_354;
static volatile uint32_t *** volatile g_985 = (void*)0;
static uint32_t *g_988 = &g_924;
static uint32_t **g_987[2][10] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
static uint32_t ***g_986 = &g_987[1][4];
static union U2 g_1034 = {0x5CL};
static union U2 g_1035[10] = {{0xBAL},{0xBAL},{6UL},{0x3EL},{6UL},{0xBAL},{0xBAL},{6UL},{0x3EL},{6UL}};
static union U2 g_1036[3][4] = {{{1UL},{1UL},{1UL},{1UL}},{{1UL},{1UL},{1UL},{1UL}},{{1UL},{1UL},{1UL},{1UL}}};
static union U2 g_1037 = {0xC2L};
static union U2 g_1038 = {254UL};
static union U2 g_1039 = {0UL};
static union U2 g_1040 = {0UL};
static union U2 g_1041 = {0x71L};
static union U2 g_1042 = {8UL};
static union U2 g_1043 = {0xCBL};
static union U2 g_1044 = {0xFBL};
static union U2 g_1045 = {6UL};
static union U2 g_1046 = {0x0AL};
static union U2 g_1047 = {0UL};
static union U2 g_1048 = {255UL};
static union U2 g_1049 = {255UL};
static union U2 g_1050 = {0xE2L};
static union U2 g_1051 = {252UL};
static union U2 g_1052 = {0x36L};
static union U2 g_1053 = {0UL};
static union U2 g_1054[10] = {{0xBAL},{0xBAL},{0xBAL},{0xBAL},{0xBAL},{0xBAL},{0xBAL},{0xBAL},{0xBAL},{0xBAL}};
static union U2 g_1055 = {0UL};
static union U2 g_1056[4] = {{254UL},{254UL},{254UL},{254UL}};
static union U2 g_1057 = {6UL};
static struct S0 g_1084 = {-10161,-12173,0,-757,-611,13557};
static struct S0 g_1142 = {15636,-32467,-2,-518,-689,545};
static struct S0 ** volatile g_1205[3][6] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0}};
static struct S0 *g_1207 = &g_1142;
static struct S0 ** volatile g_1206 = &g_1207;
static int32_t *g_1232 = &g_754.f0;
static int32_t **g_1231 = &g_1232;
static int32_t ***g_1230[7][7] = {{(void*)0,(void*)0,&g_1231,(void*)0,&g_1231,(void*)0,(void*)0},{&g_1231,(void*)0,(void*)0,&g_1231,(void*)0,&g_1231,(void*)0},{(void*)0,(void*)0,&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,(void*)0,(void*)0,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231,&g_1231,(void*)0},{&g_1231,&g_1231,&g_1231,(void*)0,(void*)0,&g_1231,&g_1231},{&g_1231,(void*)0,&g_1231,&g_1231,&g_1231,&g_1231,&g_1231}};
static struct S0 g_1277 = {12273,7287,7,486,720,11995};
static struct S0 g_1293 = {22912,-6319,-10,-620,-358,4433};
static struct S0 g_1327 = {-19657,-672,-5,708,428,21860};
static int32_t ****g_1438 = &g_1230[5][2];
static struct S1 g_1453 = {0x12579326L,5UL,7,10};
static union U2 g_1532[6][1] = {{{0x3AL}},{{0x3AL}},{{0x3AL}},{{0x3AL}},{{0x3AL}},{{0x3AL}}};
static volatile struct S1 g_1559 = {0x1E3BD0DDL,18446744073709551614UL,2,264};
static volatile struct S1 g_1567 = {0L,0x4A165D49L,10,166};
static volatile int64_t g_1585 = 0xC88D319C968E7B63LL;
static volatile struct S1 g_1627 = {0xD8A36091L,0x1C7B6BECL,12,218};
static volatile union U2 *g_1646 = (void*)0;
static volatile union U2 * volatile * const g_1645 = &g_1646;
static const union U2 g_1691 = {1UL};
static uint16_t *g_1746 = (void*)0;
static uint16_t **g_1745[6] = {(void*)0,&g_1746,(void*)0,(void*)0,&g_1746,(void*)0};
static uint16_t ***g_1744 = &g_1745[0];
static struct S0 ** volatile g_1764 = &g_1207;
static volatile uint16_t g_1805 = 4UL;
static struct S1 g_1806 = {0L,18446744073709551611UL,8,255};
static union U2 g_1833[5] = {{8UL},{8UL},{8UL},{8UL},{8UL}};
static volatile uint8_t ***g_1958 = (void*)0;
static volatile uint8_t *** const * const volatile g_1957 = &g_1958;
static const struct S1 g_1976 = {1L,0UL,16,98};
static struct S1 g_1978 = {0x98F011B1L,5UL,6,358};
static const struct S1 *g_1977 = &g_1978;
static struct S1 g_2004 = {-6L,18446744073709551607UL,1,106};
static union U2 g_2035 = {0x3DL};
static int32_t ** const ***g_2103 = (void*)0;
static union U2 g_2104 = {0x07L};
static struct S1 g_2105[8] = {{6L,4UL,8,350},{0x9F52B563L,6UL,9,272},{0x9F52B563L,6UL,9,272},{6L,4UL,8,350},{0x9F52B563L,6UL,9,272},{0x9F52B563L,6UL,9,272},{6L,4UL,8,350},{0x9F52B563L,6UL,9,272}};
static struct S0 g_2106 = {-13559,-19386,-4,278,-143,13843};
static volatile struct S1 g_2118 = {1L,18446744073709551613UL,15,101};
static struct S1 g_2142 = {5L,0xADA8347DL,1,347};
static union U2 g_2153 = {0x47L};
static struct S0 g_2191 = {3932,-19171,4,-236,-517,32023};
static volatile struct S0 g_2245 = {14451,-28008,-0,708,-36,635};
static int32_t ** const volatile g_2261 = &g_354;
static union U2 ***g_2267 = (void*)0;
static uint64_t **g_2288 = (void*)0;
static uint16_t g_2319[6][6][7] = {{{7UL,0xC973L,0xF533L,65535UL,65535UL,0UL,0x0E31L},{65535UL,0xA70EL,0xA70EL,65535UL,1UL,0x0AF7L,0xCBE3L},{0xF533L,0x1B84L,1UL,0xA70EL,0xB4C1L,0x6E54L,0xE0C4L},{0xE5BDL,0xDA8AL,1UL,65527UL,65534UL,0x860AL,0xCBE3L},{0xE621L,0x0AF7L,0xCB97L,0xF0F7L,65535UL,0x2C6FL,0x0E31L},{0xD2D3L,0xF0F7L,0xAB89L,65530UL,0x50F6L,1UL,65535UL}},{{1UL,8UL,0x5083L,65527UL,65531UL,65535UL,0UL},{1UL,0xD2D3L,5UL,1UL,0x4AC8L,1UL,65531UL},{0xA70EL,65527UL,0x8BD9L,0xCFDAL,65535UL,65535UL,0xB838L},{0x50F6L,65535UL,7UL,1UL,65535UL,65534UL,65534UL},{0xE621L,0x8BA1L,0xD2D3L,0xE23BL,0x4AC8L,0UL,0xB626L},{65535UL,0x9750L,65530UL,0x0AF7L,65531UL,0x4AC8L,0xF533L}},{{0xE23BL,0UL,0xC973L,65534UL,0x50F6L,0xE66BL,1UL},{65535UL,0xAB89L,65535UL,0xE621L,65535UL,0xAB89L,65535UL},{1UL,65527UL,0xB838L,0UL,65534UL,0x4AC8L,0xA70EL},{0x0E31L,0x50F6L,0x3E84L,0UL,0xB4C1L,65530UL,65527UL},{0xDA8AL,0xCB97L,0xB838L,0x1B84L,1UL,0xD2D3L,0xF0F7L},{0xCB97L,0xF0F7L,65535UL,0x2C6FL,0x0E31L,65535UL,65530UL}},{{0xB4C1L,0xB626L,0xC973L,0xCBE3L,0xF0F7L,0UL,65527UL},{0x6B17L,0x4AC8L,65530UL,65532UL,0x6E54L,0x7013L,1UL},{65530UL,0x1B84L,0xD2D3L,1UL,0xB626L,1UL,0xCFDAL},{65534UL,1UL,7UL,0x0E31L,0xCBE3L,1UL,1UL},{65534UL,1UL,0x8BD9L,0x1B84L,0xF6B5L,65530UL,0xE23BL},{65530UL,0xE5BDL,5UL,0x8BA1L,0x6B17L,0x6E54L,0x0AF7L}},{{0x6B17L,0UL,0x5083L,65531UL,1UL,0x3E84L,65534UL},{0xB4C1L,0UL,0xAB89L,0xE621L,1UL,1UL,0xE621L},{0xCB97L,0xFDE3L,0xCB97L,1UL,0xB626L,0xF6B5L,0UL},{0xDA8AL,0UL,1UL,0xB626L,1UL,0xC513L,0x4AC8L},{65535UL,0xE66BL,0x3E84L,0xA70EL,65535UL,65535UL,65535UL},{0x1D0FL,0UL,1UL,65532UL,65535UL,0x3E84L,0UL}},{{65535UL,0x2C6FL,0x0E31L,65535UL,65530UL,8UL,0x0AF7L},{0xA70EL,0x4906L,0x3E84L,0x2C6FL,65535UL,65532UL,0xCFDAL},{0xE66BL,0x8BD9L,0x449AL,0x5083L,0UL,65535UL,0x3E84L},{5UL,0xCB97L,0UL,0xF6B5L,0x48F1L,0x1B84L,65535UL},{0xB838L,65535UL,0x0C27L,0xF6B5L,1UL,0x860AL,65535UL},{1UL,0x8BA1L,1UL,0x5083L,1UL,65535UL,1UL}}};
static uint32_t ****g_2347 = &g_986;
static union U2 g_2375 = {0xD4L};
static struct S0 g_2414 = {12605,-20941,-1,13,597,26027};
static const struct S1 g_2490[1] = {{1L,0xFA974F54L,0,292}};
static struct S1 g_2516 = {0x293DD708L,0x711029D1L,9,149};
static volatile struct S0 g_2539 = {11319,-7767,9,486,-278,30037};
static struct S0 g_2567[7][5] = {{{7412,-6874,12,-564,-588,28319},{16966,22915,-6,-547,686,27026},{16966,22915,-6,-547,686,27026},{7412,-6874,12,-564,-588,28319},{16966,22915,-6,-547,686,27026}},{{7554,-25203,-12,-220,-339,26365},{7554,-25203,-12,-220,-339,26365},{17056,14702,-11,1011,181,26776},{7554,-25203,-12,-220,-339,26365},{7554,-25203,-12,-220,-339,26365}},{{16966,22915,-6,-547,686,27026},{7412,-6874,12,-564,-588,28319},{16966,22915,-6,-547,686,27026},{16966,22915,-6,-547,686,27026},{7412,-6874,12,-564,-588,28319}},{{7554,-25203,-12,-220,-339,26365},{19020,11556,-10,-35,606,27713},{19020,11556,-10,-35,606,27713},{7554,-25203,-12,-220,-339,26365},{19020,11556,-10,-35,606,27713}},{{7412,-6874,12,-564,-588,28319},{7412,-6874,12,-564,-588,28319},{7338,-11491,10,348,-438,4528},{7412,-6874,12,-564,-588,28319},{7412,-6874,12,-564,-588,28319}},{{19020,11556,-10,-35,606,27713},{7554,-25203,-12,-220,-339,26365},{19020,11556,-10,-35,606,27713},{19020,11556,-10,-35,606,27713},{7554,-25203,-12,-220,-339,26365}},{{7412,-6874,12,-564,-588,28319},{16966,22915,-6,-547,686,27026},{16966,22915,-6,-547,686,27026},{7412,-6874,12,-564,-588,28319},{16966,22915,-6,-547,686,27026}}};
static uint8_t **g_2574 = &g_96;
static union U2 g_2593 = {3UL};
static union U2 *g_2601 = &g_1052;
static union U2 ** volatile g_2600 = &g_2601;
static volatile union U2 g_2625 = {0x97L};
static struct S1 g_2664 = {0xEC9ED2F9L,0xF6843915L,1,232};
static struct S1 g_2665 = {0xA9DB936CL,4UL,16,273};
static struct S1 g_2666 = {0xD5965923L,18446744073709551614UL,3,9};
static struct S1 g_2667 = {1L,0x74BDD835L,4,202};
static struct S1 g_2668 = {-6L,0xC1367196L,20,208};
static uint16_t g_2700 = 65535UL;
static volatile struct S0 g_2720 = {20140,23255,-10,-958,-35,20810};
static const uint32_t func_1(void);
static int32_t func_2(uint32_t p_3);
static uint32_t func_4(uint8_t p_5, const uint8_t p_6, int64_t p_7);
static int32_t func_9(uint8_t p_10, int32_t p_11, uint32_t p_12, int32_t p_13);
static int32_t func_19(int32_t p_20);
static uint8_t func_24(int64_t p_25);
static int64_t func_26(uint32_t p_27);
static int16_t func_33(uint8_t p_34, const int16_t p_35, uint32_t p_36);
static int8_t func_54(int16_t p_55, uint8_t * p_56, uint8_t p_57, int64_t p_58, int32_t p_59);
static uint16_t func_60(uint32_t p_61);
static const uint32_t func_1(void)
{
    uint32_t l_8 = 0x3C61C71BL;
    uint8_t *l_2221 = (void*)0;
    uint8_t *l_2222 = &g_1039.f0;
    int32_t l_2223 = 0x8FED7451L;
    int8_t *l_2224 = (void*)0;
    int8_t *l_2225 = &g_1053.f1;
    int32_t **l_2684 = &g_1232;
    uint32_t l_2716 = 0UL;
    const int32_t l_2723[7] = {0xB360B11EL,0xB360B11EL,1L,0xB360B11EL,0xB360B11EL,1L,0xB360B11EL};
    int i;
    if (func_2(func_4(l_8, (func_9((safe_mul_func_int16_t_s_s(l_8, (g_16 > l_8))), (safe_mod_func_int32_t_s_s(func_19(((-2L) != (((l_8 > (((!(((*l_2225) = (((l_2223 = ((*l_2222) |= func_24(func_26(l_8)))) , l_8) && g_1833[4].f2)) && 0xEBL)) < l_8) != l_8)) != 248UL) , l_8))), l_8)), (*g_988), (**g_1231)) , 1UL), g_1293.f3)))
    {
        int32_t l_2674 = (-7L);
        g_551 = &g_552;
        l_2674 = (-1L);
    }
    else
    {
        int32_t **l_2681[5];
        int32_t ***l_2682 = &l_2681[0];
        int32_t ***l_2683[8] = {&g_1231,&g_1231,&g_1231,&g_1231,&g_1231,&g_1231,&g_1231,&g_1231};
        int32_t ** const *l_2695 = &g_769;
        int32_t ** const **l_2694 = &l_2695;
        int32_t ** const *** const l_2693 = &l_2694;
        uint16_t *l_2696 = &g_134;
        uint16_t *l_2697 = &g_2319[3][4][4];
        uint16_t *l_2698 = (void*)0;
        uint16_t *l_2699 = &g_2700;
        int i;
        for (i = 0; i < 5; i++)
            l_2681[i] = &g_1232;
        (*g_267) &= ((g_95[3][0][3] = (((((l_2223 & (safe_mod_func_int32_t_s_s((safe_lshift_func_uint16_t_u_u(((*l_2699) = (safe_div_func_uint32_t_u_u((((*l_2697) ^= (((l_2684 = ((*l_2682) = l_2681[2])) != (void*)0) != (safe_rshift_func_int16_t_s_u(0xFDA7L, ((*l_2696) |= (safe_add_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(0x1AL, ((*g_96) = ((-10L) | (safe_rshift_func_int8_t_s_u(((*l_2225) |= ((*g_753) , (((**g_1231) , l_2693) == &l_2694))), l_8)))))), (-1L)))))))) & l_8), (**g_921)))), l_8)), 0xA8C9667FL))) && 0x770EACBBB6F53A94LL) <= 6UL) | l_8) && (*g_671))) == l_8);
    }
    if ((!((-2L) || (((*g_988)--) , ((((*l_2225) = (safe_lshift_func_uint16_t_u_u(l_8, 14))) >= (((safe_lshift_func_uint16_t_u_s((((l_2223 , l_2223) | (((safe_rshift_func_int8_t_s_s((safe_sub_func_int8_t_s_s((((safe_mul_func_uint16_t_u_u(((((l_2716 == 0x0B1F497EL) ^ l_2223) , (safe_lshift_func_uint16_t_u_u(((!(g_2720 , (0x9F10447CL != 5L))) != (*g_671)), 9))) , l_2223), g_1056[2].f1)) , l_2716) && g_1037.f1), 6UL)), 0)) & l_8) , 0UL)) == 0x402BL), 14)) != l_2716) , g_2245.f0)) >= l_2223)))))
    {
        for (g_87.f1 = (-15); (g_87.f1 > 29); g_87.f1 = safe_add_func_int16_t_s_s(g_87.f1, 3))
        {
            return l_2723[3];
        }
    }
    else
    {
        const uint64_t l_2724 = 18446744073709551612UL;
        return l_2724;
    }
    return (*g_988);
}
static int32_t func_2(uint32_t p_3)
{
    int16_t l_2614 = 0x485CL;
    int32_t l_2616 = 5L;
    int32_t l_2617 = 0x89DC726EL;
    int32_t l_2618 = 1L;
    int32_t l_2620 = 0L;
    int32_t l_2621 = 0L;
    uint8_t l_2622[2][6][3] = {{{0xECL,0x97L,0xECL},{1UL,1UL,1UL},{0xECL,0x97L,0xECL},{1UL,1UL,1UL},{0xECL,0x97L,0xECL},{1UL,1UL,1UL}},{{0xECL,0x97L,0xECL},{1UL,1UL,1UL},{0xECL,0x97L,0xECL},{1UL,1UL,1UL},{0xECL,0x97L,0xECL},{1UL,1UL,1UL}}};
    uint8_t **l_2643 = &g_96;
    struct S1 *l_2663[5][2][7] = {{{(void*)0,&g_2665,(void*)0,&g_2665,(void*)0,&g_2665,(void*)0},{&g_2667,&g_2667,&g_2664,&g_2664,&g_2667,&g_2667,&g_2664}},{{(void*)0,&g_2665,(void*)0,&g_2665,(void*)0,&g_2665,(void*)0},{&g_2667,&g_2664,&g_2664,&g_2667,&g_2667,&g_2664,&g_2664}},{{(void*)0,&g_2665,(void*)0,&g_2665,(void*)0,&g_2665,(void*)0},{&g_2667,&g_2667,&g_2664,&g_2664,&g_2667,&g_2667,&g_2664}},{{(void*)0,&g_2665,(void*)0,&g_2665,(void*)0,&g_2665,(void*)0},{&g_2667,&g_2664,&g_2664,&g_2667,&g_2667,&g_2664,&g_2664}},{{(void*)0,&g_2665,(void*)0,&g_2665,(void*)0,&g_2665,(void*)0},{&g_2667,&g_2667,&g_2664,&g_2664,&g_2667,&g_2667,&g_2664}}};
    int i, j, k;
    for (g_1047.f1 = (-26); (g_1047.f1 == 7); g_1047.f1 = safe_add_func_uint8_t_u_u(g_1047.f1, 6))
    {
        int8_t l_2610[3][3] = {{(-5L),1L,1L},{(-5L),1L,1L},{(-5L),1L,1L}};
        int32_t l_2615[7] = {0x4EB5B08AL,0x4EB5B08AL,0x4EB5B08AL,0x4EB5B08AL,0x4EB5B08AL,0x4EB5B08AL,0x4EB5B08AL};
        int32_t ***l_2628 = &g_769;
        int32_t ****l_2629 = &l_2628;
        int64_t l_2651 = (-1L);
        uint16_t l_2661 = 0xE46EL;
        int i, j;
        for (g_2593.f0 = (-26); (g_2593.f0 == 19); ++g_2593.f0)
        {
            int32_t *l_2606 = (void*)0;
            int32_t *l_2607 = &g_66;
            int32_t *l_2608 = &g_268;
            int32_t *l_2609 = (void*)0;
            int32_t *l_2611 = &g_99;
            int32_t *l_2612 = &g_99;
            int32_t *l_2613[9][9][3] = {{{&g_268,&g_268,(void*)0},{&g_69,&g_99,&g_69},{&g_268,&g_268,&g_268},{&g_268,&g_69,&g_66},{(void*)0,&g_66,&g_66},{&g_66,&g_66,&g_99},{&g_268,(void*)0,&g_69},{&g_268,&g_99,&g_69},{(void*)0,&g_99,(void*)0}},{{&g_268,(void*)0,&g_99},{&g_99,&g_66,&g_66},{&g_66,&g_66,&g_268},{&g_99,&g_69,&g_66},{&g_268,&g_268,&g_69},{(void*)0,&g_99,&g_99},{&g_66,&g_268,&g_69},{&g_66,&g_69,&g_66},{(void*)0,&g_99,&g_268}},{{(void*)0,&g_69,&g_66},{&g_69,&g_69,&g_99},{&g_69,&g_99,(void*)0},{(void*)0,&g_66,&g_69},{(void*)0,&g_69,&g_69},{&g_69,&g_69,&g_99},{&g_69,&g_66,&g_66},{(void*)0,&g_268,&g_66},{(void*)0,&g_66,&g_268}},{{&g_66,&g_66,&g_69},{&g_66,&g_66,(void*)0},{(void*)0,&g_66,&g_69},{&g_268,&g_66,&g_66},{&g_99,&g_268,&g_66},{&g_66,&g_66,(void*)0},{&g_99,&g_69,&g_99},{&g_268,&g_69,&g_268},{(void*)0,&g_66,&g_268}},{{&g_268,&g_99,&g_99},{&g_268,&g_69,(void*)0},{&g_66,&g_69,&g_66},{(void*)0,&g_99,&g_66},{&g_268,&g_69,&g_69},{&g_268,&g_268,(void*)0},{&g_69,&g_99,&g_69},{&g_268,&g_268,&g_268},{&g_268,&g_69,&g_66}},{{(void*)0,&g_66,&g_66},{&g_66,&g_66,&g_99},{&g_268,(void*)0,&g_69},{&g_268,&g_99,&g_69},{(void*)0,&g_99,(void*)0},{&g_268,(void*)0,&g_66},{&g_268,&g_66,&g_268},{&g_268,&g_268,&g_99},{&g_66,(void*)0,&g_268}},{{&g_69,&g_69,&g_66},{(void*)0,&g_66,&g_69},{&g_69,&g_69,&g_66},{&g_268,&g_268,&g_268},{&g_69,&g_69,&g_99},{&g_99,&g_99,&g_268},{&g_268,&g_66,&g_66},{&g_69,&g_66,&g_99},{&g_268,&g_66,&g_66}},{{&g_268,&g_66,&g_268},{&g_69,(void*)0,&g_66},{&g_268,&g_69,&g_69},{&g_99,&g_66,&g_66},{&g_69,&g_268,&g_99},{&g_268,&g_69,&g_66},{&g_69,&g_268,(void*)0},{(void*)0,&g_69,&g_99},{&g_69,&g_268,&g_66}},{{&g_66,&g_66,&g_268},{&g_268,&g_69,&g_69},{&g_268,(void*)0,&g_69},{&g_99,&g_66,(void*)0},{&g_99,&g_66,(void*)0},{&g_69,&g_66,&g_69},{&g_66,&g_66,&g_69},{&g_268,&g_99,&g_268},{&g_99,&g_69,&g_66}}};
            int16_t l_2619 = 1L;
            int i, j, k;
            --l_2622[0][2][1];
            (****g_946) = (g_2625 , &l_2620);
        }
        if ((safe_sub_func_int16_t_s_s(l_2610[0][0], (l_2620 = (((*l_2629) = l_2628) != (**g_946))))))
        {
            int16_t *l_2642 = &g_16;
            uint16_t l_2648 = 0xABC9L;
            int16_t *l_2652 = &l_2614;
            int16_t *l_2653 = &g_314;
            int32_t *l_2654 = (void*)0;
            l_2617 &= (((***g_265) &= 0x0D5E2FF2L) || ((safe_rshift_func_int16_t_s_s(((*l_2653) = ((*l_2652) = (safe_add_func_int64_t_s_s(0xEDF7C49E39137C20LL, ((safe_add_func_uint16_t_u_u(((safe_div_func_uint16_t_u_u((safe_lshift_func_int16_t_s_u(((*l_2642) = g_273.f2), 0)), ((l_2643 != (void*)0) & ((~((safe_unary_minus_func_uint32_t_u(((safe_add_func_uint8_t_u_u(p_3, l_2648)) || ((((((safe_mul_func_uint8_t_u_u((((*g_671) , (g_309.f5 <= l_2621)) != 0xFFL), l_2651)) < (*g_267)) , (-5L)) & l_2618) != l_2648) & l_2614)))) , p_3)) > 4UL)))) < l_2648), 0x83D4L)) >= p_3))))), p_3)) ^ 0UL));
        }
        else
        {
            int16_t *l_2656 = &g_16;
            uint64_t *l_2662 = &g_720;
            int32_t l_2669[3][1];
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_2669[i][j] = 0x6B3D483DL;
            }
            (***g_265) = ((+p_3) < (((((*l_2656) = (l_2617 = 6L)) , (safe_mod_func_int64_t_s_s(g_1567.f0, (safe_add_func_int32_t_s_s((((*l_2662) = l_2661) == (l_2663[0][1][1] == g_552)), l_2669[0][0]))))) | ((((safe_div_func_int32_t_s_s((safe_mod_func_uint8_t_u_u(p_3, l_2669[1][0])), (*g_267))) ^ 0x9ACDL) != g_1327.f5) || p_3)) == p_3));
        }
    }
    return l_2617;
}
static uint32_t func_4(uint8_t p_5, const uint8_t p_6, int64_t p_7)
{
    uint8_t l_2321 = 0UL;
    int32_t l_2322 = 0xCB3E010EL;
    int32_t l_2327 = 6L;
    int32_t l_2328 = (-1L);
    int64_t l_2329 = 5L;
    int32_t l_2330 = (-2L);
    int32_t l_2331 = 0x15A9F877L;
    int32_t l_2332 = 0x49527DEEL;
    int32_t l_2333 = 5L;
    int32_t l_2335 = 0xCB89F75AL;
    int32_t l_2336 = 1L;
    int32_t l_2337 = (-8L);
    int32_t l_2338 = 1L;
    int32_t l_2339 = (-6L);
    int32_t l_2340 = (-2L);
    uint64_t *l_2350 = &g_720;
    uint64_t ** const l_2349[7] = {&l_2350,&l_2350,&l_2350,&l_2350,&l_2350,&l_2350,&l_2350};
    int16_t l_2377[2];
    struct S0 *l_2417 = (void*)0;
    int8_t l_2501[9];
    int64_t *l_2555 = &g_163;
    int64_t * const *l_2554[7][8] = {{(void*)0,&l_2555,&l_2555,&l_2555,&l_2555,&l_2555,(void*)0,&l_2555},{(void*)0,&l_2555,&l_2555,&l_2555,(void*)0,&l_2555,&l_2555,&l_2555},{(void*)0,&l_2555,&l_2555,&l_2555,(void*)0,&l_2555,&l_2555,&l_2555},{(void*)0,&l_2555,(void*)0,&l_2555,&l_2555,&l_2555,&l_2555,&l_2555},{(void*)0,(void*)0,(void*)0,&l_2555,&l_2555,&l_2555,&l_2555,&l_2555},{&l_2555,(void*)0,&l_2555,&l_2555,&l_2555,&l_2555,&l_2555,(void*)0},{&l_2555,&l_2555,&l_2555,&l_2555,&l_2555,&l_2555,(void*)0,(void*)0}};
    int32_t *l_2575[8] = {&g_777.f0,&g_754.f0,&g_777.f0,&g_754.f0,&g_777.f0,&g_754.f0,&g_777.f0,&g_754.f0};
    int32_t *l_2576 = &g_2105[0].f0;
    uint8_t l_2577 = 0UL;
    union U2 *l_2599 = (void*)0;
    int i, j;
    for (i = 0; i < 2; i++)
        l_2377[i] = 0x394CL;
    for (i = 0; i < 9; i++)
        l_2501[i] = 0x7BL;
    for (g_1048.f0 = (-26); (g_1048.f0 > 27); g_1048.f0 = safe_add_func_int32_t_s_s(g_1048.f0, 3))
    {
        int32_t ***l_2294 = &g_1231;
        int32_t l_2295 = 3L;
        union U2 ****l_2308[4][9][6] = {{{&g_2267,&g_2267,&g_2267,&g_2267,&g_2267,(void*)0},{&g_2267,&g_2267,&g_2267,&g_2267,(void*)0,&g_2267},{&g_2267,&g_2267,&g_2267,&g_2267,&g_2267,&g_2267},{&g_2267,&g_2267,&g_2267,&g_2267,&g_2267,&g_2267},{&g_2267,&g_2267,&g_2267,&g_2267,&g_2267,&g_2267},{&g_2267,&g_2267,&g_2267,&g_2267,&g_2267,&g_2267},{&g_2267,&g_2267,&g_2267,&g_2267,(void*)0,&g_2267},{&g_2267,&g_2267,&g_2267,&g_2267,&g_2267,&g_2267},{&g_2267,&g_2267,&g_2267,&g_2267,&g_2267,&g_2267}},{{&g_2267,&g_2267,&g_2267,&g_2267,&g_2267,(void*)0},{&g_2267,&g_2267,&g_2267,(void*)0,&g_2267,&g_2267},{&g_2267,&g_2267,&g_2267,&g_2267,&g_2267,&g_2267},{&g_2267,&g_2267,&g_2267,&g_2267,&g_2267,&g_2267},{(void*)0,&g_2267,&g_2267,&g_2267,&g_2267,(void*)0},{&g_2267,&g_2267,&g_2267,&g_2267,(void*)0,&g_2267},{&g_2267,&g_2267,&g_2267,&g_2267,&g_2267,&g_2267},{&g_2267,&g_2267,&g_2267,&g_2267,&g_2267,&g_2267},{&g_2267,(void*)0,&g_2267,&g_2267,&g_2267,&g_2267}},{{(void*)0,&g_2267,&g_2267,&g_2267,(void*)0,&g_2267},{&g_2267,(void*)0,(void*)0,&g_2267,&g_2267,&g_2267},{&g_2267,(void*)0,&g_2267,(void*)0,&g_2267,&g_2267},{&g_2267,(void*)0,(void*)0,&g_2267,&g_2267,&g_2267},{&g_2267,(void*)0,&g_2267,&g_2267,&g_2267,&g_2267},{&g_2267,&g_2267,&g_2267,&g_2267,&g_2267,&g_2267},{&g_2267,&g_2267,&g_2267,&g_2267,&g_2267,&g_2267},{&g_2267,&g_2267,&g_2267,&g_2267,&g_2267,&g_2267},{&g_2267,&g_2267,&g_2267,(void*)0,&g_2267,(void*)0}},{{(void*)0,&g_2267,&g_2267,&g_2267,&g_2267,&g_2267},{&g_2267,(void*)0,&g_2267,(void*)0,&g_2267,&g_2267},{&g_2267,(void*)0,&g_2267,&g_2267,&g_2267,&g_2267},{&g_2267,(void*)0,&g_2267,&g_2267,&g_2267,(void*)0},{&g_2267,(void*)0,&g_2267,(void*)0,(void*)0,&g_2267},{&g_2267,&g_2267,&g_2267,&g_2267,&g_2267,&g_2267},{(void*)0,(void*)0,&g_2267,(void*)0,&g_2267,&g_2267},{&g_2267,&g_2267,&g_2267,&g_2267,&g_2267,&g_2267},{&g_2267,&g_2267,&g_2267,&g_2267,(void*)0,&g_2267}}};
        uint16_t *l_2317 = &g_134;
        uint16_t *l_2318[7] = {&g_2319[3][4][4],(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        uint32_t *l_2320[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        int32_t l_2326[5][1];
        uint32_t ****l_2345[2];
        uint16_t l_2378 = 0x1C4EL;
        uint32_t l_2379 = 18446744073709551611UL;
        struct S0 *l_2415 = &g_1142;
        uint16_t l_2473 = 0xD27DL;
        uint64_t l_2474 = 18446744073709551609UL;
        uint8_t **l_2573 = &g_96;
        int8_t *l_2586 = &g_1052.f1;
        int i, j, k;
        for (i = 0; i < 5; i++)
        {
            for (j = 0; j < 1; j++)
                l_2326[i][j] = 0x1278D2D9L;
        }
        for (i = 0; i < 2; i++)
            l_2345[i] = &g_986;
        (*g_1438) = l_2294;
        if (l_2295)
            continue;
        if ((safe_rshift_func_int16_t_s_u(((safe_add_func_uint8_t_u_u(((safe_rshift_func_int16_t_s_u((safe_mul_func_int16_t_s_s((safe_div_func_uint8_t_u_u(((safe_div_func_uint32_t_u_u(((l_2308[0][5][4] == (((**g_1231) = (!(((((l_2321 &= (safe_mod_func_int32_t_s_s(((-4L) != (safe_mul_func_int8_t_s_s(((*g_2261) == &l_2295), (g_1034.f0 >= (((((l_2295 = ((safe_rshift_func_int8_t_s_s((6UL ^ ((*l_2317) |= ((***g_265) == ((+((7L <= ((*g_267) || (***g_265))) == 0x78E8L)) , 0x0E192D6DL)))), l_2295)) > 6L)) , (*g_671)) || p_6) & 0xD513698DA0B25156LL) || l_2295))))), 0x438CF1BEL))) < 1UL) && p_5) == 0x890AC433L) || p_7))) , l_2308[3][0][2])) ^ 0UL), 5UL)) > 0x12FBD675L), p_6)), p_6)), 13)) | 0xBBL), l_2322)) ^ 18446744073709551613UL), 12)))
        {
            int8_t l_2323[10][8] = {{0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L},{0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L},{0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L},{0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L},{0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L},{0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L},{0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L},{0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L},{0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L},{0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L,0xF3L}};
            int32_t *l_2324 = &l_2322;
            int32_t *l_2325[4][5][7] = {{{(void*)0,(void*)0,(void*)0,&g_66,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&g_66,(void*)0,(void*)0,(void*)0,(void*)0},{&g_268,&l_2295,&g_268,(void*)0,(void*)0,&g_268,&l_2295},{(void*)0,&l_2295,&g_66,&g_66,&l_2295,(void*)0,&l_2295},{&g_268,(void*)0,(void*)0,&g_268,&l_2295,&g_268,(void*)0}},{{(void*)0,(void*)0,(void*)0,&g_66,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&g_66,(void*)0,(void*)0,(void*)0,(void*)0},{&g_268,&l_2295,&g_268,(void*)0,(void*)0,&g_268,&l_2295},{(void*)0,&l_2295,&g_66,&g_66,&l_2295,(void*)0,&l_2295},{&g_268,(void*)0,(void*)0,&g_268,&l_2295,&g_268,(void*)0}},{{(void*)0,(void*)0,(void*)0,&g_66,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&g_66,(void*)0,(void*)0,(void*)0,(void*)0},{&g_268,&l_2295,&g_268,(void*)0,(void*)0,&g_268,&l_2295},{(void*)0,&l_2295,&g_66,&g_66,&l_2295,(void*)0,(void*)0},{&g_66,&g_268,&g_268,&g_66,(void*)0,&g_66,&g_268}},{{(void*)0,(void*)0,&g_268,&l_2295,&g_268,(void*)0,(void*)0},{(void*)0,&g_268,&l_2295,&g_268,(void*)0,(void*)0,&g_268},{&g_66,(void*)0,&g_66,&g_268,&g_268,&g_66,(void*)0},{&g_268,(void*)0,&l_2295,&l_2295,(void*)0,&g_268,(void*)0},{&g_66,&g_268,&g_268,&g_66,(void*)0,&g_66,&g_268}}};
            int32_t l_2334 = 0x4F047388L;
            uint8_t l_2341 = 0x62L;
            uint32_t *****l_2346[2];
            int8_t *l_2355[6] = {&g_1039.f1,&g_1039.f1,&g_1039.f1,&g_1039.f1,&g_1039.f1,&g_1039.f1};
            int16_t *l_2356[2];
            union U2 *l_2374 = &g_2375;
            union U2 **l_2373 = &l_2374;
            union U2 **l_2376[5] = {&l_2374,&l_2374,&l_2374,&l_2374,&l_2374};
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_2346[i] = (void*)0;
            for (i = 0; i < 2; i++)
                l_2356[i] = &g_16;
            --l_2341;
            (*l_2324) = ((*g_267) &= (~(((l_2345[1] = l_2345[1]) != (g_2347 = &g_986)) < (((safe_unary_minus_func_uint16_t_u(((g_193 = (((l_2349[2] == &l_2350) && (((l_2339 = (((0x2EAC6DDB942E164ALL && (0x814EA7789F71967CLL <= ((safe_div_func_int32_t_s_s(0xB57E1FE4L, (safe_add_func_uint32_t_u_u(l_2326[0][0], (*g_671))))) ^ l_2340))) , 0x8816739BL) , l_2326[0][0])) & l_2295) , p_7)) & l_2337)) & l_2326[4][0]))) | 0x22C81B3AL) == 18446744073709551613UL))));
            (***g_145) = (((safe_mod_func_uint16_t_u_u((((safe_div_func_uint32_t_u_u((((-3L) && ((p_5 , ((((*g_354) = (safe_mul_func_int8_t_s_s((safe_rshift_func_uint16_t_u_u((((safe_div_func_uint32_t_u_u((**g_921), 0x906658A3L)) && (((***g_920) , (safe_rshift_func_uint8_t_u_s(0x5EL, (l_2326[4][0] = g_1293.f3)))) < ((l_2331 = ((safe_mul_func_int8_t_s_s(((safe_lshift_func_uint16_t_u_s(((((l_2373 == (l_2376[0] = (void*)0)) >= 0xB5L) < (*l_2324)) ^ l_2295), g_2153.f0)) == 0x43L), l_2377[0])) && g_777.f3)) || p_6))) <= 0xBDEAL), p_5)), l_2295))) <= l_2378) <= l_2379)) ^ 255UL)) < 0x71L), 0x4BA45470L)) | (*l_2324)) < (-5L)), l_2379)) > l_2295) , p_5);
        }
        else
        {
            int16_t l_2433 = 0x9A7CL;
            int32_t l_2437 = 0x8416E743L;
            int32_t l_2475 = 1L;
            int64_t l_2502 = 0xEFB83F0663CFB6DBLL;
            uint8_t l_2503 = 1UL;
            uint16_t l_2504 = 0xAFA3L;
            const struct S0 *l_2544 = &g_1293;
            uint32_t l_2568[9] = {0x5B07D1EBL,0x32234B1BL,0x5B07D1EBL,0x32234B1BL,0x5B07D1EBL,0x32234B1BL,0x5B07D1EBL,0x32234B1BL,0x5B07D1EBL};
            int i;
            for (g_2104.f0 = 0; (g_2104.f0 == 23); g_2104.f0++)
            {
                uint64_t l_2394[1];
                int32_t l_2434 = 0x80407D26L;
                int32_t **l_2456 = &g_354;
                int32_t **l_2457 = (void*)0;
                int32_t *l_2459 = (void*)0;
                int32_t **l_2458 = &l_2459;
                int64_t *l_2472 = &l_2329;
                int32_t **l_2535[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_2394[i] = 0xEF3244C8EA173EAFLL;
                for (i = 0; i < 1; i++)
                    l_2535[i] = &g_1232;
                for (l_2328 = 0; (l_2328 != (-9)); l_2328 = safe_sub_func_uint64_t_u_u(l_2328, 9))
                {
                    uint32_t **l_2386 = (void*)0;
                    int32_t l_2390 = 0L;
                    int32_t l_2391 = 0L;
                    struct S0 **l_2416 = &l_2415;
                    int16_t *l_2418 = &g_193;
                    for (g_1453.f0 = 0; (g_1453.f0 == (-22)); g_1453.f0 = safe_sub_func_uint16_t_u_u(g_1453.f0, 5))
                    {
                        uint32_t **l_2387 = &g_988;
                        (*g_986) = (l_2387 = l_2386);
                    }
                    for (g_1042.f0 = 0; (g_1042.f0 != 0); g_1042.f0 = safe_add_func_uint16_t_u_u(g_1042.f0, 5))
                    {
                        int32_t *l_2392 = (void*)0;
                        int32_t *l_2393[5][9][2] = {{{&g_69,&l_2295},{&g_268,&l_2295},{&g_69,(void*)0},{&g_69,&g_268},{(void*)0,&g_69},{&l_2295,(void*)0},{&l_2332,&g_69},{(void*)0,&l_2340},{&l_2295,&l_2333}},{{&l_2340,&g_268},{&l_2390,&l_2322},{&g_69,&g_268},{&l_2295,&l_2295},{&l_2333,&l_2322},{&g_69,&l_2326[1][0]},{&l_2340,&g_69},{&l_2330,&l_2340},{&l_2332,(void*)0}},{{&l_2332,&l_2340},{&l_2330,&g_69},{&l_2340,&l_2326[1][0]},{&g_69,&l_2322},{&l_2333,&l_2295},{&l_2295,&g_268},{&g_69,&l_2322},{&l_2390,&g_268},{&l_2340,&l_2333}},{{&l_2295,&l_2340},{(void*)0,&g_69},{&l_2332,(void*)0},{&l_2295,&g_69},{(void*)0,&g_268},{&g_69,(void*)0},{&g_69,&l_2295},{&g_268,&l_2295},{&g_69,(void*)0}},{{&g_69,&g_268},{(void*)0,&g_69},{&l_2295,(void*)0},{&l_2332,&g_69},{(void*)0,&l_2340},{&l_2295,&l_2333},{&l_2340,&g_268},{&l_2390,&l_2322},{&g_69,&g_268}}};
                        int i, j, k;
                        l_2394[0]--;
                    }
                    if ((((((safe_mul_func_uint16_t_u_u((safe_mul_func_int16_t_s_s((((p_6 < (p_5 == (l_2394[0] ^ (safe_rshift_func_int8_t_s_s((safe_mod_func_int64_t_s_s(((safe_add_func_uint16_t_u_u((~(safe_lshift_func_int8_t_s_s((((g_1293.f0 , (((safe_rshift_func_uint16_t_u_s(((g_2414 , ((*l_2418) = ((((*l_2416) = l_2415) != l_2417) >= 0x9AL))) , (safe_lshift_func_int16_t_s_u(4L, 5))), l_2394[0])) || g_842.f1) != g_1277.f2)) | l_2333) , l_2327), g_693.f3))), 2UL)) >= 4294967291UL), l_2394[0])), 1))))) ^ p_5) > p_5), 1UL)), p_5)) <= g_693.f0) || 0UL) >= 252UL) ^ l_2394[0]))
                    {
                        return p_7;
                    }
                    else
                    {
                        int8_t *l_2425[8][5] = {{&g_1040.f1,&g_263,(void*)0,&g_263,&g_1034.f1},{&g_1057.f1,&g_1048.f1,&g_1833[4].f1,(void*)0,&g_1034.f1},{&g_263,(void*)0,&g_1036[0][2].f1,&g_1034.f1,&g_1034.f1},{&g_1057.f1,(void*)0,&g_1057.f1,&g_1036[0][2].f1,&g_1045.f1},{&g_1040.f1,(void*)0,&g_1833[4].f1,&g_263,&g_1048.f1},{&g_1042.f1,(void*)0,&g_1034.f1,&g_1833[4].f1,&g_1040.f1},{(void*)0,&g_1048.f1,&g_1833[4].f1,&g_1048.f1,(void*)0},{&g_1034.f1,&g_263,&g_1057.f1,&g_1833[4].f1,&g_1833[4].f1}};
                        int32_t **l_2431 = (void*)0;
                        int32_t ***l_2432 = &g_769;
                        int32_t *l_2435[1][1];
                        int8_t l_2436[8] = {3L,3L,3L,3L,3L,3L,3L,3L};
                        uint16_t l_2438[7] = {65526UL,65526UL,65526UL,65526UL,65526UL,65526UL,65526UL};
                        int32_t ****l_2443 = &g_1230[5][0];
                        int i, j;
                        for (i = 0; i < 1; i++)
                        {
                            for (j = 0; j < 1; j++)
                                l_2435[i][j] = &l_2335;
                        }
                        l_2434 |= (safe_lshift_func_uint8_t_u_s((0x9108L < ((safe_sub_func_int32_t_s_s(((p_6 , (l_2330 = 2L)) , l_2394[0]), ((*g_267) = (((((safe_lshift_func_uint16_t_u_s((safe_unary_minus_func_uint32_t_u(0xAAC64645L)), ((safe_lshift_func_int16_t_s_u(((g_1833[4].f1 , ((((*l_2432) = l_2431) == (**g_947)) & (***g_920))) && 0xB33887D2DF320603LL), l_2433)) >= 18446744073709551614UL))) >= l_2394[0]) | p_6) | 0xCDAFA3A2L) & 0x69618D08A0DAFB27LL)))) & g_2105[0].f3)), 1));
                        (***g_265) ^= (-8L);
                        l_2438[5]--;
                        l_2437 &= (safe_add_func_uint16_t_u_u((l_2434 = ((((((*g_988) , &g_1230[5][2]) != l_2443) <= (safe_div_func_uint64_t_u_u((safe_add_func_uint8_t_u_u((safe_add_func_int32_t_s_s(((!((**g_551) , l_2295)) < (*g_267)), ((safe_rshift_func_int16_t_s_s(g_2153.f0, 4)) != (p_7 , (p_7 || p_6))))), p_5)), p_5))) < 0x02F75E34D0D3B79ALL) == l_2390)), 65535UL));
                    }
                    if (l_2391)
                        break;
                }
                (**g_146) = ((*g_267) = (safe_lshift_func_uint8_t_u_s((l_2475 |= (+(((9L | (((&l_2437 != ((*l_2458) = ((*l_2456) = &l_2434))) || ((l_2437 &= (safe_mul_func_uint8_t_u_u((safe_add_func_uint32_t_u_u((safe_mul_func_uint16_t_u_u(p_7, ((l_2332 != ((**l_2458) != (safe_rshift_func_uint8_t_u_u((((safe_add_func_int64_t_s_s(((*l_2472) = 3L), (l_2473 <= 0x440EE433413DDABCLL))) && p_6) , 253UL), (*l_2459))))) ^ 0xA603L))), 0x1998F18EL)), g_754.f0))) <= 0xF4BDL)) ^ 0xBDF1DD4EL)) <= (-1L)) ^ l_2474))), p_7)));
                if ((safe_rshift_func_int16_t_s_s(((safe_mul_func_uint16_t_u_u((((*l_2472) = (safe_div_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_u((((safe_mul_func_int16_t_s_s(((safe_add_func_int64_t_s_s((g_1037.f2 && (((safe_mul_func_uint8_t_u_u((l_2503 ^= ((g_2490[0] , (safe_add_func_int32_t_s_s(((~g_1976.f1) > (5L ^ ((*g_96) = (l_2502 = (safe_mod_func_uint64_t_u_u((+(1L < g_2105[0].f0)), (((safe_rshift_func_int8_t_s_u((safe_mod_func_int8_t_s_s(4L, l_2501[6])), (p_7 < p_5))) , p_6) , p_7))))))), p_5))) || 0UL)), l_2504)) > 18446744073709551615UL) | 0UL)), 1UL)) , (**l_2456)), l_2433)) || 1L) && 1L), p_7)), 0x52F3L))) , p_6), 0xA3F9L)) > l_2326[2][0]), 3)))
                {
                    int32_t * const *l_2517 = &g_267;
                    uint8_t l_2522 = 0x15L;
                    int16_t *l_2538 = &l_2377[0];
                    if ((**l_2456))
                        break;
                    for (l_2295 = (-30); (l_2295 >= 6); ++l_2295)
                    {
                        uint8_t **l_2520 = &g_96;
                        uint32_t **l_2521[7] = {&g_988,&g_988,&g_988,&g_988,&g_988,&g_988,&g_988};
                        int32_t l_2523[9][1][5] = {{{(-8L),(-2L),(-2L),(-8L),0x818D5669L}},{{(-1L),0L,(-1L),0L,(-1L)}},{{(-8L),(-8L),1L,(-2L),0x818D5669L}},{{9L,0L,0xF97F7E02L,0L,9L}},{{0x818D5669L,(-2L),1L,(-8L),(-8L)}},{{(-1L),0L,(-1L),0L,(-1L)}},{{0x818D5669L,(-8L),(-2L),(-2L),(-8L)}},{{9L,0L,0xF97F7E02L,0L,9L}},{{(-8L),(-2L),(-2L),(-8L),0x818D5669L}}};
                        int32_t *l_2524 = &l_2336;
                        int8_t *l_2526 = &g_1532[5][0].f1;
                        int32_t ***l_2536 = &l_2535[0];
                        int16_t *l_2537 = &g_16;
                        int i, j, k;
                        (*l_2524) ^= (((safe_mod_func_uint16_t_u_u((safe_div_func_int8_t_s_s(((+((safe_lshift_func_uint16_t_u_s((safe_rshift_func_uint16_t_u_u((g_2516 , 0UL), 0)), (g_16 ^= ((***g_946) != l_2517)))) || (((safe_sub_func_uint16_t_u_u(((((void*)0 == l_2520) >= ((***g_265) = (((p_6 | ((**l_2456) = (((void*)0 == l_2521[4]) && g_1293.f5))) || 0x1A83034C162CCFADLL) <= 0UL))) , 0UL), g_777.f2)) == 0xC3L) > 1UL))) , g_2106.f3), 0x72L)), 65534UL)) & l_2522) && l_2523[3][0][0]);
                        (**l_2517) |= (safe_unary_minus_func_uint8_t_u((((*l_2526) = (*l_2459)) & 1UL)));
                        (*g_949) = ((*l_2458) = &l_2475);
                        (**l_2458) = (safe_add_func_int32_t_s_s((l_2473 <= (safe_add_func_int32_t_s_s(((((safe_lshift_func_int16_t_s_s(((*l_2537) = (safe_lshift_func_uint8_t_u_u((((*l_2294) == ((*l_2536) = l_2535[0])) == (**l_2458)), 4))), (l_2538 == (g_2539 , &g_193)))) & (safe_mod_func_uint16_t_u_u(6UL, 65533UL))) , p_5) && 0UL), 0x7695FEAAL))), 0xCD7BC193L));
                    }
                }
                else
                {
                    uint16_t l_2563 = 65533UL;
                    int32_t l_2564 = 0x23FEB4E7L;
                    l_2564 = (safe_add_func_int8_t_s_s((l_2544 != ((*g_1207) , (void*)0)), (safe_sub_func_uint8_t_u_u((safe_sub_func_int8_t_s_s((((safe_add_func_uint8_t_u_u((!(0x2B802D2CL < ((*g_354) = (l_2295 = (0UL ^ ((void*)0 != l_2554[5][1])))))), g_309.f3)) , (safe_unary_minus_func_uint64_t_u(((safe_rshift_func_uint16_t_u_s((safe_mul_func_uint8_t_u_u((safe_lshift_func_int16_t_s_u((g_314 = p_5), 11)), l_2563)), 9)) == 5UL)))) , g_69), g_93)), 252UL))));
                }
            }
            for (g_1049.f0 = 0; (g_1049.f0 > 23); g_1049.f0++)
            {
                (*g_267) ^= (g_2567[2][0] , l_2568[7]);
            }
            for (g_1049.f0 = (-28); (g_1049.f0 > 37); g_1049.f0++)
            {
                uint8_t **l_2572 = &g_96;
                uint8_t ***l_2571 = &l_2572;
                int32_t l_2594 = 0x6147A93BL;
                l_2332 = (((*g_267) = (((l_2575[0] = ((((*l_2571) = &g_96) == (g_2574 = l_2573)) , ((**l_2294) = l_2575[0]))) != l_2576) == ((*g_96) = l_2577))) < (safe_lshift_func_int8_t_s_u((((safe_mod_func_int8_t_s_s((safe_lshift_func_int8_t_s_s((safe_sub_func_int64_t_s_s((((void*)0 != l_2586) && (safe_div_func_int64_t_s_s((safe_sub_func_int64_t_s_s((safe_mod_func_int16_t_s_s((p_5 || (g_2593 , 0x3D0516FC2B38D2ADLL)), 0x7B07L)), 0xC547EE5EE2E0DFBFLL)), 0x72C4A94FECE24B0BLL))), p_6)), 3)), 0x77L)) > 0UL) & l_2377[0]), l_2594)));
                for (g_1040.f1 = 0; (g_1040.f1 != (-1)); g_1040.f1--)
                {
                    if (l_2332)
                    {
                        (***g_947) = &l_2331;
                        if (p_7)
                            break;
                        if (l_2594)
                            continue;
                    }
                    else
                    {
                        struct S0 **l_2598 = &g_1207;
                        struct S0 ***l_2597 = &l_2598;
                        (*l_2597) = &l_2417;
                        (*g_267) ^= p_5;
                    }
                    return (**g_921);
                }
            }
            return p_5;
        }
    }
    (*g_2600) = l_2599;
    return p_5;
}
static int32_t func_9(uint8_t p_10, int32_t p_11, uint32_t p_12, int32_t p_13)
{
    union U2 *l_2270 = &g_1041;
    union U2 **l_2269 = &l_2270;
    union U2 ***l_2268[7][9] = {{&l_2269,&l_2269,&l_2269,&l_2269,&l_2269,&l_2269,(void*)0,&l_2269,&l_2269},{&l_2269,&l_2269,(void*)0,&l_2269,(void*)0,&l_2269,&l_2269,&l_2269,&l_2269},{&l_2269,&l_2269,(void*)0,&l_2269,(void*)0,&l_2269,&l_2269,&l_2269,&l_2269},{&l_2269,&l_2269,&l_2269,&l_2269,&l_2269,&l_2269,&l_2269,&l_2269,&l_2269},{&l_2269,&l_2269,&l_2269,&l_2269,&l_2269,&l_2269,&l_2269,&l_2269,&l_2269},{&l_2269,(void*)0,&l_2269,(void*)0,&l_2269,&l_2269,&l_2269,&l_2269,&l_2269},{&l_2269,(void*)0,&l_2269,(void*)0,&l_2269,&l_2269,&l_2269,&l_2269,&l_2269}};
    int32_t l_2271 = 0L;
    int8_t *l_2284 = &g_1048.f1;
    uint64_t *l_2286 = &g_720;
    uint64_t **l_2285 = &l_2286;
    uint64_t ***l_2287[6][6][4] = {{{(void*)0,&l_2285,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285},{(void*)0,&l_2285,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,(void*)0,&l_2285,&l_2285}},{{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285}},{{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,(void*)0,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285}},{{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,(void*)0,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,(void*)0,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285}},{{&l_2285,(void*)0,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285}},{{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,(void*)0,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285},{&l_2285,(void*)0,&l_2285,&l_2285},{&l_2285,&l_2285,&l_2285,&l_2285}}};
    int64_t l_2289 = 1L;
    int32_t l_2290 = 0xE92143D9L;
    int32_t l_2291 = 0x57C28360L;
    int i, j, k;
    (**g_146) = ((((safe_mul_func_int8_t_s_s((l_2290 = (!(p_10 || ((safe_mul_func_uint8_t_u_u(((&g_1645 == (l_2268[0][1] = g_2267)) > (l_2271 = (l_2271 < (((safe_lshift_func_int16_t_s_s((safe_add_func_int32_t_s_s((safe_rshift_func_int8_t_s_s((((safe_rshift_func_uint16_t_u_u(((g_2288 = ((safe_lshift_func_int8_t_s_u(((*l_2270) , ((*l_2284) = ((*l_2270) , (((safe_add_func_uint16_t_u_u(((void*)0 == (*g_946)), 65527UL)) < g_1453.f2) , (-1L))))), p_12)) , l_2285)) != (void*)0), l_2271)) & p_10) , l_2289), 5)), (-9L))), l_2289)) == 0x918ACCF9041FA9F3LL) ^ p_11)))), l_2289)) < g_1806.f2)))), p_12)) && p_12) & p_11) || l_2271);
    return l_2291;
}
static int32_t func_19(int32_t p_20)
{
    const uint64_t l_2226 = 0UL;
    int32_t l_2242[8][7] = {{(-1L),(-1L),(-9L),0xE4F20FD0L,(-1L),0xE4F20FD0L,(-9L)},{(-1L),(-1L),0xEDB72DBBL,(-1L),0x8C8879E3L,0xEDB72DBBL,0x8C8879E3L},{(-1L),(-9L),(-9L),(-1L),0xE4F20FD0L,(-1L),(-1L)},{(-1L),0x8C8879E3L,0xE4F20FD0L,0xE4F20FD0L,0x8C8879E3L,(-1L),(-9L)},{0x8C8879E3L,(-1L),0xEDB72DBBL,(-1L),(-1L),0xEDB72DBBL,(-1L)},{0x8C8879E3L,(-9L),(-1L),0x8C8879E3L,0xE4F20FD0L,0xE4F20FD0L,0x8C8879E3L},{(-1L),(-1L),(-1L),0xE4F20FD0L,(-1L),(-9L),(-9L)},{(-1L),0x8C8879E3L,0xEDB72DBBL,0x8C8879E3L,(-1L),0xEDB72DBBL,(-1L)}};
    int8_t *l_2246 = &g_2104.f1;
    int32_t l_2247[8][8] = {{0xADF19339L,(-1L),(-1L),0xADF19339L,(-1L),(-1L),0xADF19339L,(-1L)},{0xADF19339L,0xADF19339L,3L,0xADF19339L,0xADF19339L,3L,0xADF19339L,0xADF19339L},{(-1L),0xADF19339L,(-1L),(-1L),0xADF19339L,(-1L),(-1L),0xADF19339L},{0xADF19339L,(-1L),(-1L),0xADF19339L,(-1L),(-1L),0xADF19339L,(-1L)},{0xADF19339L,0xADF19339L,3L,0xADF19339L,0xADF19339L,3L,0xADF19339L,0xADF19339L},{(-1L),0xADF19339L,(-1L),(-1L),0xADF19339L,(-1L),(-1L),0xADF19339L},{0xADF19339L,3L,3L,(-1L),3L,3L,(-1L),3L},{(-1L),(-1L),0xADF19339L,(-1L),(-1L),0xADF19339L,(-1L),(-1L)}};
    uint64_t *l_2248[3][5] = {{&g_347,&g_347,&g_347,&g_347,&g_347},{(void*)0,&g_720,&g_720,(void*)0,&g_720},{&g_347,&g_347,(void*)0,&g_347,&g_347}};
    int32_t *l_2249[8] = {&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69};
    int i, j;
    (***g_265) ^= ((p_20 , (((*g_354) = (0x3145E7B47C319457LL > (l_2226 , (g_347 = ((((((safe_sub_func_uint64_t_u_u((l_2247[6][2] = (safe_sub_func_int16_t_s_s(((((((~(((*l_2246) &= (safe_sub_func_uint16_t_u_u((safe_rshift_func_int16_t_s_u(p_20, 12)), ((l_2226 <= (l_2242[1][3] = (safe_lshift_func_int16_t_s_s((safe_lshift_func_uint16_t_u_s(l_2226, (safe_lshift_func_uint16_t_u_s(((void*)0 != (*g_946)), 8)))), 6)))) | (safe_mod_func_uint8_t_u_u((g_2245 , p_20), g_1084.f2)))))) || p_20)) >= l_2226) , p_20) < (*g_671)) && p_20) | g_263), l_2226))), p_20)) > g_2191.f1) != l_2226) , p_20) < p_20) != 0x3DDF5367E98677A2LL))))) && 0x31E2EF5AL)) | g_193);
    (***g_947) = l_2249[6];
    for (g_1048.f1 = 0; (g_1048.f1 <= 28); g_1048.f1++)
    {
        for (g_347 = (-17); (g_347 >= 28); g_347 = safe_add_func_uint32_t_u_u(g_347, 1))
        {
            int16_t *l_2256 = &g_193;
            int32_t l_2258[8][4] = {{0xA0FA13DDL,4L,4L,0xA0FA13DDL},{4L,0xA0FA13DDL,4L,4L},{0xA0FA13DDL,0xA0FA13DDL,0x0D21B932L,0xA0FA13DDL},{0xA0FA13DDL,4L,4L,0xA0FA13DDL},{4L,0xA0FA13DDL,4L,4L},{0xA0FA13DDL,0xA0FA13DDL,0x0D21B932L,0xA0FA13DDL},{0xA0FA13DDL,4L,4L,0xA0FA13DDL},{4L,0xA0FA13DDL,4L,4L}};
            int i, j;
            if ((safe_sub_func_int32_t_s_s(p_20, (((*l_2256) = g_755.f0) != ((+p_20) | (-10L))))))
            {
                l_2258[2][1] = 1L;
                for (g_163 = (-1); (g_163 == 4); g_163 = safe_add_func_uint8_t_u_u(g_163, 5))
                {
                    if (p_20)
                        break;
                    (***g_947) = &l_2247[1][3];
                }
            }
            else
            {
                (*g_2261) = (**g_265);
            }
        }
    }
    return (**g_664);
}
static uint8_t func_24(int64_t p_25)
{
    uint8_t l_41 = 0x54L;
    int32_t l_46 = 0x86FF5291L;
    const uint16_t l_1589 = 65535UL;
    int32_t ****l_1713 = (void*)0;
    uint16_t *l_1728 = (void*)0;
    uint16_t **l_1727 = &l_1728;
    uint8_t l_1740[10][9][2] = {{{0x36L,0UL},{0x36L,1UL},{0xC8L,8UL},{1UL,0x1FL},{1UL,246UL},{7UL,255UL},{255UL,6UL},{0UL,1UL},{0x8BL,0x8CL}},{{0xBCL,0x36L},{6UL,0x0DL},{0UL,0x5AL},{255UL,7UL},{0x2DL,0xC8L},{6UL,0xBCL},{255UL,0xDCL},{0UL,255UL},{0x1FL,0x1CL}},{{0UL,0xF1L},{6UL,0x29L},{0x1CL,249UL},{0x1CL,0xACL},{0x49L,0xACL},{0x1CL,249UL},{0x1CL,0x29L},{6UL,0xF1L},{0UL,0x1CL}},{{0x1FL,255UL},{0UL,0xDCL},{255UL,0xBCL},{6UL,0xC8L},{0x2DL,7UL},{255UL,0x5AL},{0UL,0x0DL},{6UL,0x36L},{0xBCL,0x8CL}},{{0x8BL,1UL},{0UL,6UL},{255UL,255UL},{7UL,246UL},{1UL,0x1FL},{1UL,8UL},{0xC8L,1UL},{0x36L,0UL},{0x36L,1UL}},{{0xC8L,8UL},{1UL,0x1FL},{1UL,246UL},{7UL,255UL},{255UL,6UL},{0UL,1UL},{0x8BL,0x8CL},{0xBCL,0x36L},{6UL,0x0DL}},{{0UL,0x5AL},{255UL,7UL},{0x2DL,0xC8L},{6UL,0xBCL},{255UL,0xDCL},{0UL,255UL},{0x1FL,0x49L},{1UL,0UL},{250UL,249UL}},{{0x49L,0x1FL},{0xBCL,1UL},{0xF1L,1UL},{0xBCL,0x1FL},{0x49L,249UL},{250UL,0UL},{1UL,0x49L},{6UL,0UL},{246UL,1UL}},{{0xB8L,0UL},{1UL,6UL},{0x00L,0xACL},{0UL,0x1CL},{7UL,0xDCL},{0x36L,0x55L},{0UL,0x29L},{8UL,0x1FL},{255UL,250UL}},{{0x8CL,0x8CL},{0xACL,0x1FL},{0x46L,6UL},{0xC8L,0UL},{6UL,0xC8L},{0x55L,1UL},{0x55L,0xC8L},{6UL,0UL},{0xC8L,6UL}}};
    int32_t l_1741 = 0xAE1CD72FL;
    uint32_t **l_1811[3];
    uint32_t ***l_1810[5][7][7] = {{{&l_1811[0],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1]},{&l_1811[1],(void*)0,&l_1811[1],&l_1811[0],&l_1811[1],&l_1811[0],&l_1811[1]},{&l_1811[0],&l_1811[1],&l_1811[1],&l_1811[0],&l_1811[0],&l_1811[0],&l_1811[2]},{&l_1811[0],&l_1811[1],(void*)0,&l_1811[1],&l_1811[0],&l_1811[1],&l_1811[0]},{&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[0],&l_1811[0],&l_1811[1],&l_1811[2]},{&l_1811[0],&l_1811[2],&l_1811[0],&l_1811[0],&l_1811[2],&l_1811[0],&l_1811[1]},{&l_1811[0],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1],(void*)0,&l_1811[1]}},{{&l_1811[1],&l_1811[2],&l_1811[1],&l_1811[1],&l_1811[0],&l_1811[1],&l_1811[1]},{&l_1811[0],&l_1811[1],&l_1811[0],&l_1811[1],&l_1811[1],&l_1811[0],&l_1811[1]},{&l_1811[0],&l_1811[2],&l_1811[0],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1]},{&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[0],(void*)0,&l_1811[1]},{&l_1811[0],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1]},{&l_1811[0],&l_1811[1],&l_1811[0],&l_1811[1],&l_1811[1],&l_1811[0],&l_1811[0]},{&l_1811[1],(void*)0,&l_1811[1],&l_1811[1],&l_1811[0],&l_1811[2],(void*)0}},{{&l_1811[1],&l_1811[1],(void*)0,&l_1811[1],&l_1811[1],&l_1811[0],&l_1811[0]},{&l_1811[1],&l_1811[0],&l_1811[1],&l_1811[0],&l_1811[1],&l_1811[1],&l_1811[0]},{&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[0],&l_1811[0],(void*)0,(void*)0},{&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[0]},{&l_1811[1],&l_1811[0],&l_1811[2],&l_1811[0],&l_1811[2],&l_1811[1],(void*)0},{&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1],(void*)0,&l_1811[1]},{&l_1811[1],&l_1811[2],&l_1811[1],&l_1811[1],(void*)0,&l_1811[1],&l_1811[1]}},{{&l_1811[0],&l_1811[1],&l_1811[1],&l_1811[0],&l_1811[1],&l_1811[0],&l_1811[1]},{&l_1811[1],&l_1811[1],&l_1811[2],&l_1811[0],&l_1811[0],&l_1811[1],&l_1811[0]},{&l_1811[1],&l_1811[0],&l_1811[0],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[2]},{&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[0],&l_1811[0],&l_1811[0]},{(void*)0,&l_1811[1],&l_1811[1],(void*)0,&l_1811[1],&l_1811[0],&l_1811[1]},{&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1],(void*)0,&l_1811[1],&l_1811[0]},{&l_1811[1],&l_1811[0],&l_1811[0],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1]}},{{&l_1811[0],&l_1811[2],&l_1811[1],&l_1811[1],&l_1811[2],&l_1811[0],&l_1811[0]},{&l_1811[0],&l_1811[1],&l_1811[1],&l_1811[0],&l_1811[0],&l_1811[1],&l_1811[2]},{&l_1811[1],&l_1811[1],&l_1811[2],&l_1811[1],&l_1811[1],(void*)0,&l_1811[0]},{&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1],&l_1811[1]},{(void*)0,&l_1811[2],&l_1811[1],(void*)0,&l_1811[0],&l_1811[1],&l_1811[1]},{&l_1811[1],&l_1811[0],&l_1811[2],&l_1811[1],&l_1811[0],&l_1811[1],&l_1811[1]},{&l_1811[1],&l_1811[1],&l_1811[1],(void*)0,&l_1811[2],&l_1811[2],(void*)0}}};
    uint32_t ****l_1809 = &l_1810[2][0][3];
    int32_t l_1865[9];
    uint32_t l_1880 = 4294967290UL;
    int32_t *****l_2005 = &g_1438;
    uint64_t *l_2017 = &g_720;
    uint64_t **l_2018 = &l_2017;
    uint64_t *l_2019 = (void*)0;
    uint32_t **** const l_2020 = (void*)0;
    uint64_t l_2021 = 0xABE4F22B4594B890LL;
    int16_t l_2022 = 0x1C27L;
    int8_t l_2023 = 0x28L;
    const union U2 *l_2031 = (void*)0;
    const union U2 **l_2030 = &l_2031;
    union U2 *l_2034 = &g_2035;
    union U2 **l_2033 = &l_2034;
    uint8_t **l_2098 = &g_96;
    uint16_t l_2185 = 0x3303L;
    uint32_t l_2186 = 1UL;
    int i, j, k;
    for (i = 0; i < 3; i++)
        l_1811[i] = &g_671;
    for (i = 0; i < 9; i++)
        l_1865[i] = 0x98E3F010L;
    for (p_25 = (-3); (p_25 <= 13); p_25++)
    {
        uint8_t *l_53 = &l_41;
        int32_t l_510 = 1L;
        int16_t *l_511 = &g_193;
        uint16_t l_512 = 0x2AC4L;
        uint16_t *l_1726 = &g_134;
        uint16_t **l_1725[5] = {&l_1726,&l_1726,&l_1726,&l_1726,&l_1726};
        uint16_t ***l_1724 = &l_1725[0];
        int64_t l_1739 = 0x0CC8F4201962BAB8LL;
        uint32_t l_1763[9] = {4294967288UL,4294967290UL,4294967290UL,4294967288UL,4294967290UL,4294967290UL,4294967288UL,4294967290UL,4294967290UL};
        uint64_t l_1766 = 18446744073709551611UL;
        int8_t l_1789[2];
        uint16_t l_1822 = 0x5A1BL;
        int32_t l_1866 = 0xE75F268DL;
        int32_t l_1868[10] = {(-1L),0L,0L,(-1L),0L,0L,(-1L),0L,0L,(-1L)};
        uint8_t l_1869 = 5UL;
        uint32_t l_1961[2];
        int32_t l_1997 = 8L;
        int i;
        for (i = 0; i < 2; i++)
            l_1789[i] = 0L;
        for (i = 0; i < 2; i++)
            l_1961[i] = 0x3397AE5CL;
    }
    (*g_354) &= ((safe_unary_minus_func_uint32_t_u(((**g_921) = 0UL))) , (safe_rshift_func_int16_t_s_s((((**g_921) = (safe_sub_func_uint32_t_u_u((((&g_1438 != (g_2004 , l_2005)) >= (safe_mul_func_int16_t_s_s(0xDC55L, (((safe_div_func_uint64_t_u_u((safe_rshift_func_uint16_t_u_s((safe_add_func_uint16_t_u_u(((!(((safe_sub_func_int16_t_s_s((((*g_96) = (((p_25 = (((((*l_2018) = l_2017) == l_2019) , l_2020) != (void*)0)) > 0x8835E024C0CF55F1LL) == l_46)) <= g_1035[0].f1), l_1741)) | l_1865[2]) , l_2021)) , p_25), l_2022)), l_1740[4][8][1])), g_268)) == (-1L)) && g_1976.f3)))) != 0xD5L), (*g_671)))) <= l_2023), 11)));
    (*g_1438) = (*g_1438);
    for (g_1049.f0 = 0; (g_1049.f0 <= 2); g_1049.f0 += 1)
    {
        const union U2 ***l_2032 = &l_2030;
        int32_t l_2044 = 2L;
        int16_t *l_2057[6] = {&g_193,&g_193,&g_193,&g_193,&g_193,&g_193};
        int32_t l_2058 = 0x22BDB5A5L;
        uint8_t *l_2069 = &g_1054[1].f0;
        int64_t *l_2080 = &g_95[0][2][3];
        const struct S0 *l_2190 = &g_2191;
        int i;
        l_1865[2] ^= ((1UL >= (safe_add_func_int64_t_s_s(g_1567.f2, ((safe_add_func_int32_t_s_s(((safe_mul_func_uint16_t_u_u((((((*l_2032) = l_2030) != (l_2033 = (void*)0)) == (((((((safe_sub_func_uint64_t_u_u((((l_2044 = ((((safe_rshift_func_int8_t_s_u(((safe_sub_func_uint16_t_u_u((safe_mul_func_int8_t_s_s((g_1055.f1 ^= g_1084.f4), (l_2044 == ((*l_2017) = g_1084.f5)))), ((--(**g_921)) , ((safe_mul_func_uint8_t_u_u(((safe_mod_func_uint16_t_u_u(((safe_lshift_func_int8_t_s_u((((*g_96) = (g_1041.f1 , (safe_sub_func_uint32_t_u_u((((safe_sub_func_int16_t_s_s(0x9E1CL, 0x3642L)) != p_25) < 0x94F74B196F25F791LL), (-1L))))) && p_25), l_2044)) || 0x4A24AE5AL), g_1978.f3)) < 4294967291UL), p_25)) , l_2044)))) ^ l_2044), p_25)) >= l_2044) <= g_99) >= 0x65B28D13C1CCE993LL)) || 0xC86CL) & l_1741), g_1293.f2)) | l_2058) , p_25) && 1L) < 1UL) == 1UL) > p_25)) <= p_25), g_1044.f0)) , (*g_354)), (*g_267))) <= g_309.f2)))) & 0x78L);
        (***g_265) |= (1L ^ (safe_sub_func_uint16_t_u_u(l_2058, ((safe_mul_func_int16_t_s_s((((safe_mul_func_uint8_t_u_u(((**g_1764) , l_2044), (safe_lshift_func_uint16_t_u_s(((p_25 , (void*)0) == (void*)0), (safe_mul_func_int16_t_s_s(0xEFAEL, ((g_96 = l_2069) == &l_1740[1][8][0]))))))) > 0x574AF798L) > 0L), p_25)) > 0xDC3BL))));
        (***g_265) &= (safe_div_func_uint64_t_u_u(((safe_sub_func_int64_t_s_s(((*l_2034) , (((void*)0 != &g_1977) , ((*l_2080) |= ((g_1277.f4 , (*g_1207)) , (safe_lshift_func_int8_t_s_s((~p_25), (~((safe_lshift_func_int16_t_s_s(p_25, 2)) != l_2044)))))))), 0xE40DA1A3E8E2E39FLL)) | l_2058), l_2058));
        for (g_1057.f0 = 0; (g_1057.f0 <= 4); g_1057.f0 += 1)
        {
            int i;
            l_1865[(g_1049.f0 + 4)] &= (-2L);
        }
    }
    return l_1589;
}
static int64_t func_26(uint32_t p_27)
{
    uint32_t l_30[1][8] = {{0x89D73AE4L,0x7BA3F300L,0x89D73AE4L,0x89D73AE4L,0x7BA3F300L,0x89D73AE4L,0x89D73AE4L,0x7BA3F300L}};
    int i, j;
    for (p_27 = 0; (p_27 <= 34); p_27 = safe_add_func_int64_t_s_s(p_27, 2))
    {
        return g_16;
    }
    return l_30[0][5];
}
static int16_t func_33(uint8_t p_34, const int16_t p_35, uint32_t p_36)
{
    int32_t l_1610[7][7][4] = {{{(-3L),0xA73CAC33L,(-8L),(-1L)},{0x9D83F985L,0x080182C7L,(-1L),0x6604E93FL},{1L,0x375857D7L,7L,0x6604E93FL},{0L,0x080182C7L,(-10L),(-1L)},{0x48056470L,0xA73CAC33L,0x6B3322B7L,0x52C9EBDDL},{0x8E8F2C8CL,0xE5FE691BL,0x668E646AL,0L},{0L,(-3L),0x650D08E2L,0x0ADE16A9L}},{{0x5E8584F5L,(-1L),(-1L),0x252A9053L},{1L,0x649053C1L,0x0BD843E7L,0x5AC67A2AL},{0x017F85A6L,7L,0x6B3322B7L,0x0ADE16A9L},{(-1L),0xE15F0AC5L,0L,0xC262DB2DL},{0xC262DB2DL,0x5E8584F5L,0x18E18220L,0L},{0x7F91F602L,0xD8572A07L,0L,1L},{1L,0x8BB50DEFL,0x1D22E0FDL,0xE15F0AC5L}},{{5L,0xF747EA69L,0x017F85A6L,(-8L)},{0x6B3322B7L,8L,(-7L),0xA09A6B06L},{0x52C9EBDDL,0x33429BC3L,4L,(-1L)},{6L,(-1L),1L,0x517EBCEFL},{0x1D22E0FDL,0x8E8F2C8CL,(-1L),0x48056470L},{5L,0xC262DB2DL,0x48056470L,0x668E646AL},{0xD8572A07L,(-10L),(-5L),0xA1B7F19BL}},{{0x7B120390L,0xAE8BAFE8L,0x18E18220L,0xE705449AL},{0xB253B149L,0xCA4A6518L,1L,(-1L)},{0xCC25C7E6L,(-1L),0xCC25C7E6L,0x48056470L},{(-7L),0x017F85A6L,0x52C9EBDDL,(-1L)},{(-1L),0x71C56FB1L,(-1L),0x017F85A6L},{0xE15F0AC5L,0x33429BC3L,(-1L),0xB757F548L},{(-1L),0xE0A9125EL,0x52C9EBDDL,6L}},{{(-7L),1L,0xCC25C7E6L,0xE15F0AC5L},{0xCC25C7E6L,0xE15F0AC5L,1L,0xD500AD16L},{0xB253B149L,5L,0x18E18220L,1L},{0x7B120390L,0x5E8584F5L,(-5L),1L},{0xD8572A07L,0xE5FE691BL,0x48056470L,0xC65FF4E1L},{5L,1L,(-1L),0x52C9EBDDL},{0x1D22E0FDL,8L,1L,(-1L)}},{{6L,1L,4L,0x017F85A6L},{0x52C9EBDDL,(-3L),(-7L),0x517EBCEFL},{0x6B3322B7L,7L,0x017F85A6L,(-3L)},{5L,(-1L),0x1D22E0FDL,0x0BD843E7L},{1L,(-10L),0L,0x650D08E2L},{0x7F91F602L,0xA09A6B06L,0x18E18220L,0xA1B7F19BL},{0xC262DB2DL,0xA0B73158L,0L,(-1L)}},{{(-1L),0xB253B149L,0x71C56FB1L,(-3L)},{(-7L),0x8E8F2C8CL,(-8L),(-10L)},{0x650D08E2L,0x71C56FB1L,0x0BD843E7L,(-1L)},{0xE5FE691BL,1L,(-1L),0xA09A6B06L},{0xA1B7F19BL,0x375857D7L,6L,6L},{0x629632C6L,0x629632C6L,0x71C56FB1L,0xC65FF4E1L},{0xCC25C7E6L,0x8BB50DEFL,(-1L),0xC262DB2DL}}};
    int32_t l_1617 = 0x877A18ABL;
    int32_t l_1618 = (-3L);
    uint32_t ** const **l_1669 = (void*)0;
    int i, j, k;
    for (p_34 = 0; (p_34 == 4); p_34 = safe_add_func_int64_t_s_s(p_34, 9))
    {
        int32_t l_1612 = 0x3C204072L;
        int32_t ***l_1634[6][8][5] = {{{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,(void*)0},{&g_1231,&g_1231,&g_1231,&g_1231,(void*)0},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,(void*)0,&g_1231,&g_1231,(void*)0}},{{&g_1231,&g_1231,(void*)0,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,(void*)0,&g_1231,&g_1231,(void*)0},{&g_1231,&g_1231,&g_1231,(void*)0,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,(void*)0},{&g_1231,&g_1231,&g_1231,&g_1231,(void*)0},{&g_1231,&g_1231,(void*)0,&g_1231,&g_1231}},{{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,(void*)0,&g_1231,(void*)0,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231}},{{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,(void*)0,&g_1231,&g_1231,(void*)0},{&g_1231,&g_1231,&g_1231,&g_1231,(void*)0},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,(void*)0,&g_1231,&g_1231},{&g_1231,&g_1231,(void*)0,&g_1231,(void*)0}},{{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,(void*)0,&g_1231,&g_1231,(void*)0},{&g_1231,&g_1231,(void*)0,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,(void*)0,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,(void*)0,&g_1231,&g_1231}},{{&g_1231,(void*)0,(void*)0,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,(void*)0,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,(void*)0,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,&g_1231},{&g_1231,&g_1231,&g_1231,&g_1231,(void*)0}}};
        int32_t l_1656 = 0x72F8A7D7L;
        int32_t l_1690 = 0L;
        uint16_t *l_1692 = (void*)0;
        union U2 *l_1703 = &g_1046;
        union U2 **l_1702 = &l_1703;
        int i, j, k;
        for (g_1039.f0 = (-29); (g_1039.f0 >= 23); g_1039.f0++)
        {
            int16_t l_1616[10];
            int32_t l_1641 = 0xD81F4382L;
            const union U2 * const l_1648 = &g_1043;
            const union U2 * const *l_1647[7] = {&l_1648,&l_1648,&l_1648,&l_1648,&l_1648,&l_1648,&l_1648};
            struct S0 *l_1649 = &g_1293;
            uint16_t *l_1693 = &g_134;
            union U2 *l_1699 = &g_1051;
            union U2 **l_1698[9] = {&l_1699,&l_1699,&l_1699,&l_1699,&l_1699,&l_1699,&l_1699,&l_1699,&l_1699};
            union U2 **l_1701 = &l_1699;
            union U2 ***l_1700 = &l_1701;
            uint8_t *l_1704 = &g_1050.f0;
            int i;
            for (i = 0; i < 10; i++)
                l_1616[i] = 0x3D89L;
            (*g_267) ^= 0x557ACAD0L;
            for (g_1049.f1 = 0; (g_1049.f1 < (-28)); g_1049.f1 = safe_sub_func_uint32_t_u_u(g_1049.f1, 5))
            {
                struct S0 **l_1603 = &g_1207;
                struct S0 ***l_1602 = &l_1603;
                uint8_t *l_1611 = (void*)0;
                uint8_t *l_1613[10] = {&g_1054[1].f0,&g_1054[1].f0,&g_1054[1].f0,&g_1054[1].f0,&g_1054[1].f0,&g_1054[1].f0,&g_1054[1].f0,&g_1054[1].f0,&g_1054[1].f0,&g_1054[1].f0};
                int32_t l_1614 = 0x1F0A248FL;
                int32_t l_1615 = 0x07A567A4L;
                uint32_t *l_1642 = &g_924;
                uint16_t l_1660[8][9][3] = {{{0x3DD8L,0UL,0UL},{0x3576L,0xD090L,0xA72AL},{0x3DD8L,0x814CL,0UL},{0x7675L,0xD090L,0x245BL},{0x3DD8L,0UL,0UL},{0x3576L,0xD090L,0xA72AL},{0x3DD8L,0x814CL,0UL},{0x7675L,0xD090L,0x245BL},{0x3DD8L,0UL,0UL}},{{0x3576L,0xD090L,0xA72AL},{0x3DD8L,0x814CL,0UL},{0x7675L,0xD090L,0x245BL},{0x3DD8L,0UL,0UL},{0x3576L,0xD090L,0xA72AL},{0x3DD8L,0x814CL,0UL},{0x7675L,0xD090L,0x245BL},{0x3DD8L,0UL,0UL},{0x3576L,0xD090L,0xA72AL}},{{0x3DD8L,0x814CL,0UL},{0x7675L,0xD090L,0x245BL},{0x3DD8L,0UL,0UL},{0x3576L,0xD090L,0xA72AL},{0x3DD8L,0x814CL,0UL},{0x7675L,0xD090L,0x245BL},{0x3DD8L,0UL,0UL},{0x3576L,0xD090L,0xA72AL},{0x3DD8L,0x814CL,0UL}},{{0x7675L,0xD090L,0x245BL},{0x3DD8L,0UL,0UL},{0x3576L,0xD090L,0xA72AL},{0x3DD8L,0x814CL,0UL},{0x7675L,0xD090L,0x245BL},{0x3DD8L,0UL,0UL},{0x3576L,0xD090L,0xA72AL},{0x3DD8L,0x814CL,0UL},{0x7675L,0xD090L,0x245BL}},{{0x3DD8L,0UL,0UL},{0x3576L,0xD090L,0xA72AL},{0x3DD8L,0x814CL,0UL},{0x7675L,0xD090L,0x245BL},{0x3DD8L,0UL,0UL},{0x3576L,0xD090L,0xA72AL},{0x3DD8L,0x814CL,0UL},{0x7675L,0xD090L,0x245BL},{0x3DD8L,0UL,0UL}},{{0x3576L,0xD090L,0xA72AL},{0x3DD8L,0x814CL,0UL},{0x7675L,0xD090L,0x245BL},{0x3DD8L,0UL,0UL},{0x3576L,0xD090L,0x6DA3L},{0x814CL,1UL,65527UL},{0x245BL,0xD6F0L,0x69EFL},{0x814CL,65527UL,65527UL},{0xA72AL,0xD6F0L,0x6DA3L}},{{0x814CL,1UL,65527UL},{0x245BL,0xD6F0L,0x69EFL},{0x814CL,65527UL,65527UL},{0xA72AL,0xD6F0L,0x6DA3L},{0x814CL,1UL,65527UL},{0x245BL,0xD6F0L,0x69EFL},{0x814CL,65527UL,65527UL},{0xA72AL,0xD6F0L,0x6DA3L},{0x814CL,1UL,65527UL}},{{0x245BL,0xD6F0L,0x69EFL},{0x814CL,65527UL,65527UL},{0xA72AL,0xD6F0L,0x6DA3L},{0x814CL,1UL,65527UL},{0x245BL,0xD6F0L,0x69EFL},{0x814CL,65527UL,65527UL},{0xA72AL,0xD6F0L,0x6DA3L},{0x814CL,1UL,65527UL},{0x245BL,0xD6F0L,0x69EFL}}};
                int i, j, k;
                if (((safe_sub_func_int8_t_s_s(((safe_sub_func_uint16_t_u_u((safe_mul_func_uint16_t_u_u(8UL, (((*l_1602) = (void*)0) != ((((safe_mul_func_int16_t_s_s((g_314 = ((((18446744073709551612UL | (safe_rshift_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_u(((l_1610[2][6][0] <= (((0L ^ ((2L > ((--g_1042.f0) | (safe_lshift_func_int8_t_s_u((safe_lshift_func_uint16_t_u_s((safe_add_func_uint8_t_u_u((g_1627 , (safe_add_func_int8_t_s_s((((l_1612 && (safe_mul_func_uint16_t_u_u(((safe_add_func_int64_t_s_s(p_36, 18446744073709551609UL)) != (*g_942)), p_35))) > p_36) >= l_1610[2][6][0]), 4L))), p_34)), 0)), 3)))) & p_35)) < l_1612) | 0L)) , g_1043.f1), p_35)) | l_1612), 1))) || p_36) || g_1036[0][2].f0) == 0xADL)), g_1453.f2)) , l_1616[6]) != g_1039.f0) , &g_1207)))), l_1616[6])) ^ 18446744073709551612UL), p_35)) >= 0x55D5FA29L))
                {
                    int64_t l_1657 = 1L;
                    for (g_1057.f0 = 0; (g_1057.f0 <= 9); g_1057.f0 += 1)
                    {
                        int32_t ****l_1635 = &l_1634[5][7][3];
                        int32_t *l_1640[6] = {(void*)0,&l_1617,&l_1617,(void*)0,&l_1617,&l_1617};
                        int i;
                        l_1641 &= (((((*l_1635) = l_1634[0][6][3]) == (void*)0) , (safe_mod_func_int32_t_s_s(((((*g_267) = l_1616[g_1057.f0]) < (***g_920)) != (safe_mod_func_int32_t_s_s((((g_1042.f1 ^= (p_34 > l_1616[g_1057.f0])) == g_1084.f3) < (-3L)), 0x3928F0A7L))), 1UL))) || p_34);
                        if (l_1614)
                            continue;
                    }
                    (***g_265) = (((((l_1642 != (void*)0) | ((g_1645 != l_1647[5]) && (((void*)0 == l_1649) >= ((l_1641 == (safe_mul_func_int16_t_s_s(((p_35 , (safe_lshift_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u(g_1084.f1, l_1656)), 6))) && 8UL), 0x23E6L))) || l_1657)))) , 0x62AE18D6867E247DLL) < p_36) && p_36);
                }
                else
                {
                    int64_t l_1658 = 1L;
                    int32_t *l_1659[5];
                    int32_t *****l_1674 = &g_1438;
                    int64_t *l_1675 = &g_163;
                    int i;
                    for (i = 0; i < 5; i++)
                        l_1659[i] = &g_69;
                    l_1660[7][6][2]++;
                    l_1615 = ((safe_lshift_func_uint16_t_u_s((safe_div_func_int16_t_s_s(0x9B6FL, (safe_div_func_uint64_t_u_u(g_95[3][0][3], ((*l_1675) = (((-1L) | p_35) , (((&g_986 == l_1669) >= l_1660[7][6][2]) ^ ((((safe_lshift_func_uint16_t_u_u((safe_lshift_func_uint16_t_u_s((l_1674 != &g_1438), 2)), 2)) & 0xE149L) , 1UL) | g_600)))))))), 15)) || p_36);
                    if (((*g_267) = p_35))
                    {
                        uint16_t l_1676[5];
                        int16_t *l_1682 = (void*)0;
                        int16_t *l_1683[9] = {&g_193,&g_193,&g_193,&g_193,&g_193,&g_193,&g_193,&g_193,&g_193};
                        uint16_t **l_1694 = &l_1692;
                        int32_t l_1695 = (-1L);
                        int i;
                        for (i = 0; i < 5; i++)
                            l_1676[i] = 65527UL;
                        l_1676[3]--;
                        l_1695 |= (safe_rshift_func_uint16_t_u_u(((+(((g_314 = l_1612) >= ((safe_add_func_uint32_t_u_u(0x8061EA36L, ((g_1054[1].f0 ^ (((l_1656 = (safe_sub_func_uint16_t_u_u(l_1610[4][5][2], ((1UL >= (safe_mul_func_int16_t_s_s(((l_1690 , g_1691) , (((*l_1694) = (l_1693 = l_1692)) == &g_134)), l_1690))) , 1L)))) , p_35) | l_1641)) == p_34))) && 0xF3L)) != 0x9FC0B1FCL)) , g_87.f2), l_1676[2]));
                        (***g_947) = &l_1695;
                    }
                    else
                    {
                        return p_35;
                    }
                }
                return p_36;
            }
            (***g_145) = (l_1618 = (0xBAD5L != (((g_1036[0][2].f1 | ((*l_1704) ^= (((*l_1700) = (l_1698[2] = l_1698[2])) == l_1702))) > g_1277.f2) <= 7L)));
        }
    }
    (***g_947) = (*g_956);
    return g_754.f3;
}
static int8_t func_54(int16_t p_55, uint8_t * p_56, uint8_t p_57, int64_t p_58, int32_t p_59)
{
    int32_t *l_519 = (void*)0;
    int32_t l_567[10];
    uint16_t l_611 = 1UL;
    int32_t l_635 = (-1L);
    struct S1 **l_638 = (void*)0;
    uint64_t *l_675 = &g_347;
    uint16_t l_811 = 1UL;
    int32_t **l_822 = &g_354;
    uint32_t l_835[10][7] = {{1UL,0xBC053A1CL,1UL,1UL,0UL,0UL,1UL},{4294967295UL,0xB229A55BL,4294967295UL,4294967287UL,0xB229A55BL,0UL,0UL},{4294967288UL,1UL,4294967293UL,1UL,4294967288UL,4294967293UL,4294967295UL},{6UL,0UL,4294967287UL,6UL,4294967287UL,0UL,6UL},{1UL,4294967295UL,0xBC053A1CL,0UL,4294967295UL,0UL,0xBC053A1CL},{6UL,6UL,4294967295UL,0xB229A55BL,0x4AB032F9L,4294967295UL,0x4AB032F9L},{4294967288UL,0xBC053A1CL,0xBC053A1CL,4294967288UL,0UL,1UL,4294967288UL},{4294967295UL,0x4AB032F9L,4294967287UL,4294967287UL,0x4AB032F9L,4294967295UL,0UL},{1UL,4294967288UL,4294967293UL,4294967295UL,4294967295UL,4294967293UL,4294967288UL},{0x4AB032F9L,0UL,4294967295UL,0x4AB032F9L,4294967287UL,4294967287UL,0x4AB032F9L}};
    const uint32_t *l_839[7][1] = {{&l_835[6][3]},{&g_93},{&l_835[6][3]},{&g_93},{&l_835[6][3]},{&g_93},{&l_835[6][3]}};
    const uint32_t **l_838[4][1];
    uint8_t **l_876 = &g_96;
    int32_t *l_883 = &g_66;
    int64_t l_913 = 0x1DA49A1E55E3E5CBLL;
    const int8_t l_916 = 0x98L;
    uint16_t *l_926 = &l_611;
    int32_t ****l_934 = (void*)0;
    int32_t *****l_933 = &l_934;
    uint8_t l_935 = 0x50L;
    uint32_t **l_938 = &g_671;
    uint32_t ***l_937 = &l_938;
    uint32_t ****l_936[1];
    const int32_t ****l_945 = (void*)0;
    const int32_t **** const *l_944 = &l_945;
    int16_t *l_951 = &g_314;
    uint8_t l_952 = 0x1FL;
    int16_t l_1166[8] = {4L,4L,4L,4L,4L,4L,4L,4L};
    int32_t l_1224 = 1L;
    int32_t *l_1228 = &g_241[4];
    int32_t **l_1227[9][4] = {{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,(void*)0,(void*)0}};
    int32_t ***l_1226 = &l_1227[7][3];
    const uint64_t *l_1249[8] = {&g_720,&g_720,&g_720,&g_720,&g_720,&g_720,&g_720,&g_720};
    uint32_t ***l_1400 = &g_987[0][5];
    int16_t l_1450 = 0L;
    uint32_t l_1504[9][8][1] = {{{3UL},{18446744073709551615UL},{3UL},{0x1FA9E4DDL},{3UL},{18446744073709551615UL},{3UL},{0x1FA9E4DDL}},{{3UL},{18446744073709551615UL},{3UL},{0x1FA9E4DDL},{3UL},{18446744073709551615UL},{3UL},{0x1FA9E4DDL}},{{3UL},{18446744073709551615UL},{3UL},{0x1FA9E4DDL},{3UL},{18446744073709551615UL},{3UL},{0x1FA9E4DDL}},{{3UL},{18446744073709551615UL},{3UL},{0x1FA9E4DDL},{3UL},{18446744073709551615UL},{3UL},{0x1FA9E4DDL}},{{3UL},{18446744073709551615UL},{3UL},{0x1FA9E4DDL},{3UL},{18446744073709551615UL},{3UL},{0x1FA9E4DDL}},{{3UL},{18446744073709551615UL},{3UL},{0x1FA9E4DDL},{3UL},{18446744073709551615UL},{3UL},{0x1FA9E4DDL}},{{3UL},{18446744073709551615UL},{3UL},{0x1FA9E4DDL},{3UL},{18446744073709551615UL},{3UL},{0x1FA9E4DDL}},{{3UL},{18446744073709551615UL},{3UL},{0x1FA9E4DDL},{3UL},{18446744073709551615UL},{3UL},{0x1FA9E4DDL}},{{3UL},{18446744073709551615UL},{3UL},{0x1FA9E4DDL},{3UL},{18446744073709551615UL},{3UL},{0x1FA9E4DDL}}};
    int32_t l_1584[9];
    uint8_t l_1586[4];
    int i, j, k;
    for (i = 0; i < 10; i++)
        l_567[i] = 0L;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
            l_838[i][j] = &l_839[2][0];
    }
    for (i = 0; i < 1; i++)
        l_936[i] = &l_937;
    for (i = 0; i < 9; i++)
        l_1584[i] = 0xE984244EL;
    for (i = 0; i < 4; i++)
        l_1586[i] = 0xC9L;
lbl_888:
    for (g_66 = 0; (g_66 == (-20)); g_66--)
    {
        uint32_t l_515[6] = {0UL,0UL,0UL,0UL,0UL,0UL};
        int32_t l_555 = 0L;
        int32_t l_565 = 0x04AB8BC2L;
        int32_t l_566 = 0x067A9293L;
        uint32_t *l_614 = &g_93;
        uint64_t l_660 = 0xBA8C76FB2B99DFE5LL;
        uint64_t *l_674 = &g_347;
        const int16_t *l_677[1][10] = {{&g_16,&g_16,&g_16,&g_16,&g_16,&g_16,&g_16,&g_16,&g_16,&g_16}};
        uint16_t l_680[4];
        int32_t l_686 = 0xE99F49ABL;
        int32_t l_687 = (-1L);
        uint16_t l_688 = 0x5F63L;
        int32_t l_747 = 0x50AD5FC6L;
        int32_t l_748 = 0x8935F5BDL;
        struct S1 *l_752 = &g_693;
        int32_t **l_768 = &l_519;
        int32_t l_819 = (-9L);
        struct S1 *l_847 = &g_693;
        int i, j;
        for (i = 0; i < 4; i++)
            l_680[i] = 9UL;
    }
    (*l_883) ^= ((*g_267) |= (safe_lshift_func_int16_t_s_s((((safe_mod_func_uint64_t_u_u((+(safe_mod_func_int8_t_s_s(((*p_56) > (safe_mod_func_int32_t_s_s(((((safe_rshift_func_int8_t_s_s((safe_rshift_func_uint16_t_u_s(g_309.f2, (&p_57 != ((*l_876) = &p_57)))), 3)) < p_59) , (safe_lshift_func_uint8_t_u_s((!l_567[2]), 6))) != ((safe_mod_func_uint32_t_u_u((*g_671), (*g_671))) , (+p_55))), p_58))), 0x38L))), p_59)) >= p_59) , g_309.f0), g_69)));
lbl_1332:
    for (p_58 = 0; (p_58 <= (-26)); --p_58)
    {
        int32_t l_914[6];
        int32_t l_915 = 1L;
        int8_t l_917 = (-3L);
        int32_t l_919 = (-6L);
        uint32_t *l_923 = &g_924;
        uint32_t **l_922 = &l_923;
        int i;
        for (i = 0; i < 6; i++)
            l_914[i] = (-1L);
        for (g_99 = (-26); (g_99 <= (-17)); g_99 = safe_add_func_int16_t_s_s(g_99, 7))
        {
            if (p_58)
                goto lbl_888;
        }
        for (g_193 = 0; (g_193 <= 6); g_193 += 1)
        {
            uint32_t **l_890 = &g_671;
            uint32_t ***l_889[8][2] = {{(void*)0,&l_890},{&l_890,(void*)0},{&l_890,(void*)0},{&l_890,(void*)0},{&l_890,&l_890},{(void*)0,&l_890},{(void*)0,&l_890},{(void*)0,&l_890}};
            uint32_t ****l_891 = &l_889[6][1];
            uint32_t ***l_893 = &l_890;
            uint32_t ****l_892 = &l_893;
            const int32_t *l_898[10] = {&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69,&g_69};
            const int32_t **l_897[4][10][2] = {{{(void*)0,(void*)0},{&l_898[5],&l_898[5]},{&l_898[5],(void*)0},{(void*)0,&l_898[8]},{(void*)0,&l_898[8]},{(void*)0,(void*)0},{&l_898[5],&l_898[5]},{&l_898[5],(void*)0},{(void*)0,&l_898[8]},{(void*)0,&l_898[8]}},{{(void*)0,(void*)0},{&l_898[5],&l_898[5]},{&l_898[5],(void*)0},{(void*)0,&l_898[8]},{(void*)0,&l_898[8]},{(void*)0,(void*)0},{&l_898[5],&l_898[5]},{&l_898[5],(void*)0},{(void*)0,&l_898[8]},{(void*)0,&l_898[8]}},{{(void*)0,(void*)0},{&l_898[5],&l_898[5]},{&l_898[5],(void*)0},{(void*)0,&l_898[8]},{(void*)0,&l_898[8]},{(void*)0,(void*)0},{&l_898[5],&l_898[5]},{&l_898[5],(void*)0},{(void*)0,&l_898[5]},{(void*)0,&l_898[5]}},{{&l_898[5],(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{&l_898[5],&l_898[5]},{(void*)0,&l_898[5]},{&l_898[5],(void*)0},{(void*)0,(void*)0},{(void*)0,(void*)0},{&l_898[5],&l_898[5]},{(void*)0,&l_898[5]}}};
            int32_t l_899 = 5L;
            int16_t *l_918 = &g_314;
            uint32_t ***l_925 = &l_922;
            int i, j, k;
            l_919 = ((((*l_918) = (((((*l_892) = ((*l_891) = l_889[3][1])) == (void*)0) >= ((((safe_unary_minus_func_uint32_t_u(0x70FCFBD6L)) < ((safe_lshift_func_int16_t_s_u(((l_915 ^= ((*g_267) = ((((*g_671) ^= (l_899 ^= ((void*)0 == l_897[3][9][0]))) , (((safe_add_func_int64_t_s_s((safe_mul_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_u(l_835[(g_193 + 1)][g_193], ((((safe_mod_func_uint16_t_u_u(((g_908 , (safe_sub_func_uint8_t_u_u((*p_56), (safe_sub_func_int16_t_s_s(((*g_671) == l_913), p_57))))) > 1L), p_59)) & p_57) && (-9L)) <= l_914[4]))), (*g_96))), p_59)) == (*l_883)) , l_914[4])) , p_55))) | 4294967295UL), l_916)) > l_917)) & 0xE228B4C9L) < 0x0CF4395BF1A59761LL)) <= 0xF82FCB1454473BE1LL)) != 0xB28AL) > p_55);
            (*l_925) = ((((*l_883) | (g_920 == (void*)0)) != ((**g_921) = p_57)) , l_922);
            for (l_913 = 4; (l_913 >= 0); l_913 -= 1)
            {
                int i;
                return g_241[l_913];
            }
        }
    }
    if ((((0UL | (((l_952 = ((p_58 <= ((*l_926)++)) && (safe_mul_func_int16_t_s_s((safe_mul_func_uint8_t_u_u(((void*)0 != l_933), (l_935 = g_693.f1))), ((g_193 = ((*l_951) = ((&l_934 == ((l_936[0] == g_939) , (g_946 = l_944))) > p_55))) , 0xACE8L))))) < 65527UL) && p_58)) , (-10L)) ^ g_309.f4))
    {
        uint32_t l_953 = 0x5C2C80B2L;
        struct S1 *l_961[1][1][3];
        int16_t l_974 = (-5L);
        int8_t *l_981 = &g_842.f1;
        int32_t ***l_1020[6];
        uint32_t **l_1085 = &g_671;
        union U2 *l_1094 = &g_1041;
        union U2 * const *l_1093 = &l_1094;
        uint32_t l_1137 = 0UL;
        int32_t ***l_1233 = &g_1231;
        int32_t *l_1272 = &l_567[2];
        uint8_t l_1372 = 0xE4L;
        struct S0 *l_1412[6][6] = {{&g_1277,&g_1277,&g_1277,&g_1277,&g_1277,&g_1277},{&g_1277,&g_1277,&g_1277,&g_1277,&g_1277,&g_1277},{&g_1277,&g_1277,&g_1277,&g_1277,&g_1277,&g_1277},{&g_1277,&g_1277,&g_1277,&g_1277,&g_1277,&g_1277},{&g_1277,&g_1277,&g_1277,&g_1277,&g_1277,&g_1277},{&g_1277,&g_1277,&g_1277,&g_1277,&g_1277,&g_1277}};
        int32_t ****l_1483 = &l_1226;
        uint32_t * const *l_1492 = (void*)0;
        int i, j, k;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 1; j++)
            {
                for (k = 0; k < 3; k++)
                    l_961[i][j][k] = (void*)0;
            }
        }
        for (i = 0; i < 6; i++)
            l_1020[i] = &l_822;
        l_953 = p_58;
        for (g_263 = 25; (g_263 > 5); g_263--)
        {
            uint8_t l_957 = 4UL;
            int32_t l_959 = 0x7C93BF7AL;
            struct S1 *l_960 = &g_754;
            for (l_611 = 1; (l_611 <= 8); l_611 += 1)
            {
                uint32_t l_958 = 5UL;
                for (p_55 = 0; (p_55 <= 8); p_55 += 1)
                {
                    int i;
                    (*g_956) = (**g_265);
                    l_958 = (l_957 = p_58);
                    l_959 = (0x6702091FL == (**g_353));
                }
                (***g_265) = (g_448[1].f0 || (*p_56));
            }
            (*g_146) = (***g_148);
            l_961[0][0][1] = l_960;
        }
        if ((safe_sub_func_uint8_t_u_u((safe_unary_minus_func_int32_t_s((safe_lshift_func_int8_t_s_s(((safe_sub_func_uint64_t_u_u(0x66E21CCABE422404LL, (safe_mul_func_uint16_t_u_u(((!l_953) > g_268), (safe_rshift_func_int16_t_s_u(((l_974 ^ p_57) || (safe_sub_func_int8_t_s_s(p_58, ((safe_mul_func_int16_t_s_s(((*l_951) ^= ((*p_56) <= (0x35L | ((*l_981) = (safe_rshift_func_int16_t_s_s((&g_95[2][2][0] == &g_601), 10)))))), p_57)) < g_765)))), 11)))))) != 0xC074AAAFL), 7)))), 0x3BL)))
        {
            uint16_t l_982[9][8][3] = {{{0x50EBL,65535UL,0xDE67L},{0x6873L,0UL,4UL},{65535UL,1UL,65530UL},{0xDE67L,0x3D47L,0x8BD0L},{0UL,9UL,65528UL},{65530UL,0xB39FL,0x22BEL},{65535UL,1UL,65528UL},{1UL,5UL,65528UL}},{{65531UL,65528UL,0x22BEL},{1UL,65535UL,65528UL},{8UL,0x920BL,0x8BD0L},{0x3E00L,65535UL,65530UL},{0x32F7L,0x50EBL,4UL},{7UL,1UL,0xDE67L},{0x6DCEL,1UL,1UL},{65533UL,0x6DCEL,0x5B2BL}},{{0x28E9L,0x6813L,0x4370L},{0x988CL,0x1FFFL,0x7AF7L},{0xB39FL,0x6589L,1UL},{0x5C86L,0x1FFFL,65535UL},{7UL,0x6813L,0x32F7L},{0x01AFL,0x6DCEL,0x50EBL},{0x1105L,1UL,65534UL},{65530UL,1UL,7UL}},{{0x6589L,0x50EBL,0UL},{4UL,65535UL,65530UL},{65535UL,0x920BL,1UL},{65535UL,65535UL,0x6873L},{0x8BD0L,65528UL,65535UL},{65531UL,5UL,0x920BL},{65531UL,1UL,65535UL},{0x8BD0L,0xB39FL,0x3D47L}},{{65535UL,9UL,1UL},{65535UL,0x3D47L,0x988CL},{4UL,1UL,65533UL},{0x6589L,0UL,0xB39FL},{65530UL,65535UL,0x1105L},{0x1105L,0x1105L,8UL},{0x01AFL,0UL,65535UL},{7UL,0x8BD0L,65535UL}},{{0x5C86L,8UL,1UL},{0xB39FL,7UL,65535UL},{0x988CL,8UL,65535UL},{0x28E9L,0x5B65L,7UL},{65535UL,65530UL,0x6589L},{0x4370L,65528UL,0x6DCEL},{8UL,0UL,65535UL},{65535UL,65535UL,65528UL}},{{0x28E9L,0x7AF7L,0UL},{65535UL,0x920BL,0UL},{0x22BEL,7UL,0UL},{0x6813L,0x6107L,65535UL},{0UL,0x6107L,0x620FL},{65528UL,7UL,8UL},{0x32F7L,0x920BL,65533UL},{0x6107L,0x7AF7L,0x32F7L}},{{65535UL,65535UL,0x8BD0L},{65531UL,0UL,1UL},{8UL,65528UL,8UL},{1UL,65530UL,1UL},{0x7AF7L,65529UL,65535UL},{0UL,65535UL,0x5305L},{9UL,65530UL,65534UL},{0x620FL,65535UL,0x3E00L}},{{9UL,0x5C86L,0x3D47L},{0UL,0x8BD0L,0x7890L},{0x7AF7L,0x6589L,4UL},{1UL,65531UL,65535UL},{8UL,9UL,7UL},{65531UL,0x22BEL,0UL},{65535UL,0UL,0x5C86L},{0x6107L,0x50EBL,1UL}}};
            uint32_t ****l_989 = &g_986;
            int64_t *l_992 = &g_163;
            int32_t l_1010 = 0x1D31981DL;
            union U2 *l_1033[6][8][5] = {{{&g_1044,&g_1035[0],&g_1036[0][2],&g_1047,&g_1041},{&g_1043,(void*)0,&g_1056[2],&g_1040,(void*)0},{(void*)0,&g_1046,&g_1043,&g_1049,&g_1040},{&g_1038,&g_1049,&g_1045,&g_1049,&g_1038},{&g_1034,&g_1044,&g_1037,&g_1040,&g_1052},{&g_1047,(void*)0,&g_1046,&g_1047,&g_1056[2]},{&g_1049,&g_1054[1],&g_1045,&g_1044,&g_1052},{&g_1043,&g_1047,&g_1034,&g_1056[2],&g_1038}},{{&g_1052,(void*)0,&g_1040,&g_1035[0],&g_1040},{&g_1052,&g_1052,&g_1036[0][2],&g_1054[1],(void*)0},{&g_1043,&g_1041,(void*)0,&g_1040,&g_1041},{&g_1049,&g_1046,&g_1051,&g_1041,&g_1040},{&g_1047,&g_1041,&g_1045,(void*)0,&g_1054[1]},{&g_1034,&g_1052,(void*)0,&g_1040,&g_1035[0]},{&g_1038,(void*)0,(void*)0,&g_1038,&g_1056[2]},{(void*)0,&g_1047,&g_1045,&g_1052,&g_1044}},{{&g_1043,&g_1054[1],&g_1051,&g_1056[2],&g_1047},{&g_1044,(void*)0,(void*)0,&g_1052,&g_1040},{&g_1035[0],&g_1044,&g_1036[0][2],&g_1038,&g_1049},{&g_1043,&g_1049,&g_1040,&g_1040,&g_1049},{&g_1041,&g_1046,&g_1034,(void*)0,&g_1040},{&g_1054[1],&g_1056[2],&g_1044,&g_1040,&g_1046},{&g_1057,&g_1034,&g_1045,&g_1039,&g_1043},{(void*)0,&g_1053,&g_1036[0][2],(void*)0,&g_1055}},{{&g_1040,&g_1037,&g_1044,&g_1034,&g_1034},{&g_1042,&g_1037,&g_1042,&g_1055,(void*)0},{&g_1034,&g_1053,&g_1055,&g_1043,&g_1039},{&g_1043,&g_1034,&g_1035[0],&g_1046,&g_1040},{&g_1042,&g_1056[2],&g_1055,&g_1039,&g_1056[2]},{&g_1056[2],&g_1045,&g_1042,(void*)0,&g_1039},{&g_1037,(void*)0,&g_1044,(void*)0,&g_1037},{&g_1057,&g_1043,&g_1036[0][2],&g_1039,&g_1051}},{{&g_1046,&g_1053,&g_1045,&g_1046,&g_1055},{(void*)0,(void*)0,&g_1044,&g_1043,&g_1051},{&g_1042,&g_1046,&g_1057,&g_1055,&g_1037},{&g_1051,&g_1053,&g_1039,&g_1034,&g_1039},{&g_1051,&g_1051,&g_1035[0],(void*)0,&g_1056[2]},{&g_1042,&g_1040,&g_1048,&g_1039,&g_1040},{(void*)0,&g_1045,&g_1050,&g_1040,&g_1039},{&g_1046,&g_1040,&g_1044,&g_1056[2],(void*)0}},{{&g_1057,&g_1051,&g_1053,&g_1039,&g_1034},{&g_1037,&g_1053,&g_1053,&g_1037,&g_1055},{&g_1056[2],&g_1046,&g_1044,&g_1051,&g_1043},{&g_1042,(void*)0,&g_1050,&g_1055,&g_1046},{&g_1043,&g_1053,&g_1048,&g_1051,&g_1039},{&g_1034,&g_1043,&g_1035[0],&g_1037,(void*)0},{&g_1042,(void*)0,&g_1039,&g_1039,(void*)0},{&g_1040,&g_1045,&g_1057,&g_1056[2],&g_1039}}};
            uint32_t l_1074 = 4294967295UL;
            uint16_t l_1075 = 0xED4DL;
            int32_t l_1105 = (-10L);
            int32_t l_1109 = (-6L);
            int32_t l_1110[5];
            int32_t *l_1163 = &g_66;
            uint32_t ****l_1177 = &l_937;
            uint8_t l_1189 = 8UL;
            struct S0 **l_1246[9][4][6] = {{{&g_1207,&g_1207,(void*)0,&g_1207,&g_1207,(void*)0},{&g_1207,&g_1207,(void*)0,&g_1207,&g_1207,(void*)0},{&g_1207,&g_1207,&g_1207,&g_1207,&g_1207,&g_1207},{&g_1207,(void*)0,&g_1207,&g_1207,&g_1207,&g_1207}},{{(void*)0,&g_1207,&g_1207,&g_1207,&g_1207,&g_1207},{&g_1207,&g_1207,&g_1207,&g_1207,&g_1207,(void*)0},{&g_1207,&g_1207,(void*)0,&g_1207,(void*)0,(void*)0},{&g_1207,(void*)0,(void*)0,&g_1207,&g_1207,&g_1207}},{{&g_1207,&g_1207,&g_1207,&g_1207,&g_1207,(void*)0},{(void*)0,&g_1207,&g_1207,&g_1207,&g_1207,(void*)0},{&g_1207,&g_1207,&g_1207,&g_1207,&g_1207,&g_1207},{&g_1207,(void*)0,&g_1207,&g_1207,(void*)0,&g_1207}},{{&g_1207,&g_1207,&g_1207,&g_1207,&g_1207,&g_1207},{&g_1207,&g_1207,&g_1207,&g_1207,&g_1207,(void*)0},{&g_1207,&g_1207,&g_1207,&g_1207,&g_1207,(void*)0},{&g_1207,(void*)0,&g_1207,&g_1207,&g_1207,&g_1207}},{{&g_1207,&g_1207,(void*)0,&g_1207,&g_1207,(void*)0},{&g_1207,&g_1207,(void*)0,&g_1207,&g_1207,(void*)0},{&g_1207,&g_1207,&g_1207,&g_1207,&g_1207,&g_1207},{&g_1207,(void*)0,&g_1207,&g_1207,&g_1207,&g_1207}},{{(void*)0,&g_1207,&g_1207,&g_1207,&g_1207,&g_1207},{&g_1207,&g_1207,&g_1207,&g_1207,&g_1207,(void*)0},{&g_1207,&g_1207,(void*)0,&g_1207,(void*)0,(void*)0},{&g_1207,(void*)0,(void*)0,&g_1207,&g_1207,&g_1207}},{{&g_1207,&g_1207,&g_1207,&g_1207,&g_1207,(void*)0},{(void*)0,&g_1207,&g_1207,&g_1207,&g_1207,(void*)0},{&g_1207,&g_1207,&g_1207,&g_1207,&g_1207,&g_1207},{&g_1207,(void*)0,&g_1207,&g_1207,(void*)0,&g_1207}},{{&g_1207,&g_1207,&g_1207,&g_1207,&g_1207,&g_1207},{&g_1207,&g_1207,&g_1207,&g_1207,&g_1207,(void*)0},{&g_1207,&g_1207,&g_1207,&g_1207,&g_1207,(void*)0},{&g_1207,(void*)0,&g_1207,&g_1207,&g_1207,&g_1207}},{{&g_1207,&g_1207,(void*)0,&g_1207,&g_1207,(void*)0},{&g_1207,&g_1207,(void*)0,&g_1207,&g_1207,(void*)0},{&g_1207,&g_1207,&g_1207,&g_1207,&g_1207,&g_1207},{&g_1207,(void*)0,&g_1207,&g_1207,&g_1207,&g_1207}}};
            int32_t ** const *l_1302 = &g_769;
            int i, j, k;
            for (i = 0; i < 5; i++)
                l_1110[i] = 0xDAC62589L;
        }
        else
        {
            const int32_t **l_1331 = &g_950;
            int32_t l_1373 = (-2L);
            int64_t *l_1401 = &l_913;
            int32_t l_1430 = 0xCD331E09L;
            struct S1 *l_1452 = &g_1453;
            int32_t * const *l_1501 = &g_1232;
            int32_t * const **l_1500[8];
            int32_t * const ** const *l_1499 = &l_1500[0];
            int32_t * const ** const **l_1498[8][2][2] = {{{(void*)0,&l_1499},{&l_1499,&l_1499}},{{&l_1499,&l_1499},{(void*)0,&l_1499}},{{(void*)0,&l_1499},{&l_1499,&l_1499}},{{&l_1499,&l_1499},{(void*)0,&l_1499}},{{(void*)0,&l_1499},{&l_1499,&l_1499}},{{&l_1499,&l_1499},{(void*)0,&l_1499}},{{(void*)0,&l_1499},{&l_1499,&l_1499}},{{&l_1499,&l_1499},{(void*)0,&l_1499}}};
            int i, j, k;
            for (i = 0; i < 8; i++)
                l_1500[i] = &l_1501;
            for (g_1042.f0 = 0; (g_1042.f0 < 33); g_1042.f0 = safe_add_func_uint8_t_u_u(g_1042.f0, 6))
            {
                uint32_t l_1317 = 0UL;
                int16_t *l_1337 = (void*)0;
                int32_t l_1351 = 0xB359EFA2L;
                uint32_t l_1352[4] = {1UL,1UL,1UL,1UL};
                int32_t *l_1355 = &l_567[2];
                int i;
                if ((~((((l_1317 != (safe_mul_func_int8_t_s_s((((safe_lshift_func_int16_t_s_u(((((*g_96) >= ((**g_551) , (safe_add_func_int32_t_s_s((safe_mul_func_int8_t_s_s((safe_unary_minus_func_uint16_t_u((g_1327 , (+(safe_rshift_func_uint8_t_u_u(((*p_56) ^= (l_1331 != l_1331)), l_1317)))))), (4294967295UL & p_58))), 0L)))) != g_1044.f1) == g_1142.f1), 12)) && l_1317) || 0UL), (*g_96)))) > p_55) >= (*g_96)) < p_58)))
                {
                    if (g_268)
                        goto lbl_1332;
                }
                else
                {
                    uint64_t l_1338 = 18446744073709551615UL;
                    uint32_t **l_1349 = &g_988;
                    int64_t l_1379 = (-2L);
                    (**g_145) = (*g_146);
                    if ((p_55 || ((*l_981) ^= (((*g_551) != l_961[0][0][1]) >= (safe_mul_func_uint16_t_u_u((252UL != (l_1337 == (void*)0)), ((*l_926) = (l_1338 > (((safe_rshift_func_uint16_t_u_u(((*g_671) == (safe_sub_func_int8_t_s_s(((safe_mod_func_int8_t_s_s(0x3BL, 0xC1L)) == 1L), 0x23L))), g_1039.f1)) && 0x1CL) >= p_57)))))))))
                    {
                        uint8_t l_1345 = 0x84L;
                        int64_t *l_1350 = &l_913;
                        (***g_145) &= (((((*l_1350) &= ((4294967295UL ^ ((((l_1338 ^ 0xF8789A4655CC9322LL) > ((*l_951) = l_1345)) , l_1337) != &g_193)) && (safe_unary_minus_func_uint32_t_u(((safe_mod_func_int64_t_s_s((((*g_986) = l_1349) == l_1349), (p_57 , 0x7C51C32F29819FC4LL))) || 0L))))) | (*l_1272)) > p_55) <= (*g_96));
                        l_1352[0]--;
                        l_1355 = (void*)0;
                    }
                    else
                    {
                        uint8_t l_1380 = 7UL;
                        l_1373 = ((safe_lshift_func_uint8_t_u_u(((safe_lshift_func_uint8_t_u_u((*g_96), 0)) , (((safe_sub_func_int16_t_s_s(((((((p_58 > (safe_sub_func_uint32_t_u_u((((*g_1231) = &p_59) != (void*)0), 1L))) , (((((g_1040.f1 <= l_1338) != (safe_sub_func_int32_t_s_s(((safe_sub_func_uint8_t_u_u((safe_add_func_uint8_t_u_u(((safe_sub_func_uint16_t_u_u((g_1034 , g_448[1].f0), l_1338)) != g_1040.f1), 0x6AL)), p_58)) & 0x2025975DL), 4294967288UL))) > 1L) , l_1372) ^ (*p_56))) || p_55) < p_57) >= (*g_96)) > 0x4DEE5D6715F19430LL), 65534UL)) >= 0x65L) , 0xBEL)), 7)) != (*p_56));
                        (*g_267) = ((safe_lshift_func_int16_t_s_u((safe_mod_func_uint64_t_u_u((!l_1379), l_1380)), ((*l_926)--))) || (safe_unary_minus_func_uint64_t_u((++(*l_675)))));
                        if ((***g_265))
                            break;
                    }
                }
            }
            for (g_1040.f1 = (-19); (g_1040.f1 >= 5); g_1040.f1 = safe_add_func_int64_t_s_s(g_1040.f1, 1))
            {
                (*g_146) = (***g_148);
            }
            if ((safe_add_func_uint32_t_u_u(((safe_sub_func_int16_t_s_s((((**l_938)--) & ((safe_div_func_int32_t_s_s(((*l_883) ^= (safe_div_func_int32_t_s_s((****g_148), (l_1373 = (((*p_56) = (++(**l_876))) && (l_1373 > ((((*l_1401) = ((void*)0 == l_1400)) < 0x7B6B017B0438C73ELL) & (((safe_lshift_func_int16_t_s_u((((((safe_mul_func_int16_t_s_s((((***g_265) > 0x0D094FA1L) | (g_1293.f3 & (safe_add_func_int16_t_s_s(0xC322L, g_1142.f4)))), g_241[4])) ^ 1UL) > g_1055.f0) < 0x7FL) , p_58), 9)) , p_55) < p_57)))))))), 0xBD0F898FL)) == p_59)), p_55)) & 0xCAFBL), 5L)))
            {
                uint16_t *l_1426 = &l_611;
                int32_t l_1427 = 0x9EE07091L;
                uint16_t *l_1428 = (void*)0;
                uint16_t *l_1429 = &l_811;
                l_1430 ^= (safe_rshift_func_uint16_t_u_u((safe_mod_func_uint32_t_u_u((((void*)0 != l_1412[3][5]) & ((*l_1429) = (l_1373 &= ((*l_1426) = (safe_add_func_uint32_t_u_u((((safe_mul_func_int8_t_s_s(((*l_981) ^= (safe_unary_minus_func_int32_t_s(((*l_883) = (safe_div_func_uint64_t_u_u((((*l_1401) &= (((safe_sub_func_int8_t_s_s((safe_lshift_func_uint16_t_u_u(p_57, ((g_1041.f2 == ((safe_mul_func_int16_t_s_s(1L, (p_55 >= ((g_1293.f2 || (l_1426 != ((g_193 = ((void*)0 == (**g_947))) , l_1426))) , 9L)))) >= l_1427)) | p_55))), p_55)) | 0x28L) >= g_1084.f4)) | g_693.f3), g_720)))))), 0x25L)) != 0x32A8L) >= g_1053.f1), 0UL)))))), l_1427)), 7));
            }
            else
            {
                int32_t ****l_1436[7][4][8] = {{{&g_1230[1][2],&l_1233,&g_1230[5][2],&g_1230[3][1],&l_1226,&l_1233,&l_1233,(void*)0},{&g_1230[5][2],&g_1230[6][4],&g_1230[0][1],&l_1233,&l_1226,(void*)0,&g_1230[5][2],&l_1233},{(void*)0,&l_1233,&g_1230[3][1],&l_1226,&l_1226,&g_1230[4][0],&l_1233,&l_1233},{&l_1226,&g_1230[0][1],&l_1233,&g_1230[1][6],&l_1233,&l_1233,&l_1233,&l_1233}},{{&l_1233,&l_1233,&l_1233,&l_1233,&l_1226,(void*)0,(void*)0,&g_1230[3][0]},{&g_1230[5][2],&l_1233,&g_1230[5][2],&g_1230[6][3],&g_1230[5][2],&l_1226,&l_1233,&l_1233},{&l_1226,&l_1233,(void*)0,&l_1226,&g_1230[5][2],(void*)0,&g_1230[5][2],&l_1226},{&l_1233,&l_1233,&l_1233,&g_1230[5][2],&l_1226,&l_1233,&g_1230[4][6],(void*)0}},{{(void*)0,&g_1230[0][1],&g_1230[5][2],&l_1226,(void*)0,&g_1230[4][0],&g_1230[5][2],&l_1226},{&g_1230[5][2],&l_1233,&l_1233,&l_1233,&g_1230[0][1],(void*)0,&l_1226,&g_1230[6][3]},{&l_1233,&g_1230[6][4],(void*)0,&l_1233,&l_1233,&l_1233,(void*)0,&g_1230[6][4]},{(void*)0,&l_1233,&g_1230[5][2],&g_1230[4][0],&l_1226,&g_1230[5][2],&g_1230[3][0],&g_1230[5][2]}},{{&g_1230[5][2],&g_1230[1][6],&g_1230[5][2],&l_1226,(void*)0,&l_1226,&g_1230[3][0],&g_1230[5][2]},{(void*)0,&l_1226,&g_1230[5][2],&g_1230[5][2],&l_1233,&l_1233,(void*)0,&g_1230[5][2]},{&l_1233,&l_1233,(void*)0,&g_1230[5][2],&l_1233,&l_1226,&l_1226,(void*)0},{&g_1230[5][2],&g_1230[6][3],&l_1233,(void*)0,(void*)0,&l_1233,&g_1230[5][2],&l_1226}},{{&l_1226,&l_1226,&g_1230[5][2],&g_1230[6][4],(void*)0,&g_1230[5][2],&g_1230[4][6],&g_1230[4][6]},{&g_1230[3][0],(void*)0,&l_1233,&l_1233,(void*)0,&g_1230[3][0],&g_1230[5][2],&g_1230[5][2]},{&l_1233,&g_1230[5][2],(void*)0,&l_1226,&l_1226,&l_1226,&l_1233,(void*)0},{&l_1233,&g_1230[5][2],&g_1230[5][2],&l_1226,&l_1233,&g_1230[5][2],(void*)0,&g_1230[5][2]}},{{&l_1226,&l_1233,&l_1233,&l_1233,&g_1230[5][2],&l_1226,&l_1233,&g_1230[4][6]},{&l_1226,&l_1233,&l_1233,&g_1230[6][4],&g_1230[5][2],&l_1226,&l_1233,&l_1226},{(void*)0,&g_1230[5][2],&g_1230[3][1],(void*)0,(void*)0,&l_1226,&g_1230[5][2],(void*)0},{&l_1233,&g_1230[1][2],&g_1230[5][2],&l_1233,&g_1230[6][4],(void*)0,&g_1230[6][4],&l_1233}},{{&l_1233,(void*)0,&l_1233,&g_1230[5][2],&g_1230[4][0],&l_1226,&g_1230[5][2],&g_1230[3][0]},{&l_1233,&g_1230[5][2],&l_1233,&l_1226,&l_1233,&g_1230[3][1],&g_1230[4][0],&g_1230[0][1]},{&l_1233,&g_1230[5][2],&g_1230[5][2],&l_1226,&g_1230[4][0],(void*)0,&g_1230[5][2],&l_1226},{&l_1233,(void*)0,&g_1230[5][2],&g_1230[5][2],&g_1230[6][4],&l_1233,&l_1233,&g_1230[3][1]}}};
                int32_t *****l_1437[8][9] = {{&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0]},{&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0]},{&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0]},{&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0]},{&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0]},{&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0]},{&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0]},{&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0],&l_1436[1][3][0]}};
                int8_t *l_1451 = &g_1054[1].f1;
                uint32_t *l_1473[3];
                uint64_t l_1481 = 0xE71F0B0DDC514DF2LL;
                uint8_t l_1493 = 4UL;
                int i, j, k;
                for (i = 0; i < 3; i++)
                    l_1473[i] = &g_924;
                l_1452 = ((safe_mul_func_uint16_t_u_u((g_268 < (((*g_552) , ((*l_675) &= (safe_mod_func_uint64_t_u_u(((((0xCE898A1AL >= (**g_146)) || (~((*l_1451) = ((*l_981) &= ((((g_1438 = l_1436[1][3][0]) == ((g_1142.f3 ^ (safe_add_func_int8_t_s_s((0xB4A853D618957695LL <= (safe_rshift_func_uint16_t_u_s(((*g_753) , ((safe_sub_func_uint64_t_u_u(((((safe_mul_func_int8_t_s_s((safe_add_func_int64_t_s_s(((((!p_55) != p_55) , (void*)0) == &p_57), l_1450)), 0UL)) < 1L) > 4294967290UL) >= 4294967295UL), p_59)) == g_1056[2].f1)), 13))), p_59))) , &g_1230[0][5])) , 0UL) != g_1040.f0))))) && 0xCF10B6A8E1E86F5ELL) | (**g_921)), g_1142.f5)))) ^ g_1327.f1)), g_777.f0)) , (void*)0);
                for (l_635 = 29; (l_635 != 25); l_635 = safe_sub_func_uint32_t_u_u(l_635, 2))
                {
                    uint64_t l_1479 = 0xB62A32AB4CAB1D5DLL;
                    uint16_t l_1480[6][5][7] = {{{65535UL,0x5FD3L,65535UL,0x6C8BL,1UL,0x8ECEL,0x2F03L},{0x64E2L,0xD4DEL,0xDE20L,5UL,1UL,0x5651L,5UL},{0x64E2L,0xC7B2L,0xF180L,0x5FD3L,0UL,8UL,0x687DL},{65535UL,0x687DL,65535UL,0x3509L,0xD4DEL,65530UL,1UL},{0xD4DEL,0UL,65534UL,65535UL,0xBB51L,65529UL,0xDC29L}},{{1UL,0xFE9DL,2UL,1UL,65535UL,0x3509L,0x0027L},{0x8ECEL,0UL,1UL,1UL,0UL,0x8ECEL,0xF180L},{65535UL,0xBB51L,2UL,65535UL,1UL,0x715DL,0x62A2L},{65535UL,0x08ADL,0x22F3L,1UL,0x7A5CL,65535UL,0x5FD3L},{0UL,0xBB51L,65530UL,0x3BA5L,65535UL,0x2F03L,0x08ADL}},{{65535UL,0UL,1UL,5UL,0UL,65535UL,0x3F24L},{65530UL,0xFE9DL,65530UL,0x0027L,0xBA37L,0x8A54L,65535UL},{0x9FC2L,0x3BA5L,0x2E90L,65533UL,3UL,65534UL,0UL},{0UL,1UL,0xDC29L,0x8ECEL,65535UL,0UL,0xF4D1L},{0xB60DL,0x4EB5L,65534UL,65535UL,7UL,65535UL,0UL}},{{65533UL,65535UL,65534UL,65535UL,2UL,65535UL,4UL},{0x22F3L,65535UL,0xDC29L,8UL,0x8ECEL,65535UL,0x2F03L},{1UL,2UL,0x2E90L,0x7A5CL,65535UL,0xEA3BL,1UL},{0x4EB5L,8UL,0x7609L,0x715DL,1UL,0xBA37L,0x5651L},{2UL,65535UL,1UL,1UL,1UL,1UL,65535UL}},{{0xB60DL,65535UL,0x5651L,0x08ADL,65533UL,0xEA3BL,1UL},{65535UL,0x08ADL,0x715DL,5UL,65535UL,0UL,65533UL},{0x7A5CL,0x3509L,65535UL,0x08ADL,65530UL,0x465FL,0xC40AL},{0x2643L,65533UL,0xDE20L,1UL,65535UL,65535UL,0x5447L},{0x715DL,2UL,65533UL,0x715DL,0xC7B2L,4UL,65535UL}},{{65530UL,0x3509L,0x6B44L,0x7A5CL,0xB60DL,0xB7AFL,0xFE9DL},{0xFE9DL,1UL,2UL,8UL,2UL,0x8A54L,65530UL},{65534UL,0UL,65535UL,65535UL,8UL,0x5651L,65535UL},{0xC40AL,65535UL,1UL,65535UL,8UL,0x6B44L,0xC40AL},{65530UL,65529UL,65535UL,0x8ECEL,2UL,0x2E90L,2UL}}};
                    int i, j, k;
                    if (p_55)
                    {
                        uint8_t l_1456 = 6UL;
                        l_1456++;
                        if ((*l_1272))
                            break;
                    }
                    else
                    {
                        uint32_t *l_1474[6][7] = {{&g_924,&l_1137,&g_924,&g_924,&g_924,&g_924,&l_1137},{&g_924,&l_1137,&l_1137,&l_1137,&g_924,&l_1137,&l_1137},{&g_924,&g_924,&g_924,&l_1137,&g_924,&g_924,&l_1137},{&g_924,&l_1137,&g_924,&l_1137,&g_924,&l_1137,&g_924},{&g_924,&l_1137,&l_1137,&g_924,&g_924,&g_924,&g_924},{&g_924,&l_1137,&l_1137,&l_1137,&g_924,&l_1137,&l_1137}};
                        uint32_t **l_1475[7] = {&l_1473[2],&l_1473[2],&l_1473[2],&l_1473[2],&l_1473[2],&l_1473[2],&l_1473[2]};
                        uint32_t *l_1476 = &g_924;
                        int32_t l_1482 = 0L;
                        uint32_t * const *l_1490 = (void*)0;
                        uint32_t * const **l_1491[8] = {(void*)0,&l_1490,(void*)0,&l_1490,(void*)0,&l_1490,(void*)0,&l_1490};
                        int i, j;
                        l_1482 ^= ((safe_div_func_int16_t_s_s(((safe_mul_func_int8_t_s_s((safe_rshift_func_uint8_t_u_u(((p_58 , ((****g_939) , (safe_rshift_func_int8_t_s_u((safe_mod_func_int64_t_s_s(g_1293.f1, ((safe_mul_func_uint8_t_u_u((safe_rshift_func_int8_t_s_u(((((((l_1473[2] != (l_1476 = l_1474[2][3])) && (g_754.f2 & 0x164DL)) <= (--(*l_675))) ^ (*g_96)) > (((((***l_937) = (((void*)0 != &g_552) & (*g_96))) < (****g_939)) >= 4294967295UL) , l_1479)) & (-5L)), 6)), (*p_56))) & g_1327.f5))), (*g_96))))) || 1L), l_1480[3][4][2])), 0xF5L)) >= 0x14112977AB752358LL), 0x579EL)) < l_1481);
                        (*g_267) |= (l_1483 != &g_1230[1][1]);
                        (***g_145) = (safe_sub_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u((((*l_926) = (p_55 & ((*g_920) == (l_1492 = l_1490)))) , 0xCBL), 6)), (-5L)));
                        return l_1493;
                    }
                }
            }
            (***g_265) = (1UL | (safe_div_func_uint32_t_u_u(((***g_920) = (safe_add_func_uint16_t_u_u((&g_1438 == l_1498[0][0][1]), ((((1UL | (safe_rshift_func_uint8_t_u_s((*p_56), g_86.f0))) < l_1504[5][6][0]) , (p_57 == p_57)) >= g_1046.f0)))), (*l_1272))));
        }
    }
    else
    {
        uint8_t l_1526[10][5] = {{0UL,0xD0L,0UL,255UL,0UL},{0x12L,0x12L,247UL,1UL,255UL},{4UL,255UL,0UL,255UL,4UL},{255UL,1UL,247UL,0x12L,0x12L},{0UL,255UL,0UL,0xD0L,0UL},{255UL,0x12L,1UL,1UL,0x12L},{4UL,0xD0L,0UL,0xD0L,4UL},{0x12L,1UL,1UL,0x12L,255UL},{0UL,0xD0L,0UL,255UL,0UL},{0x12L,0x12L,247UL,1UL,255UL}};
        int32_t l_1574 = 0xC80EB312L;
        int32_t *l_1575 = &l_567[5];
        int32_t *l_1576 = (void*)0;
        int32_t *l_1577 = &l_1574;
        int32_t *l_1578 = (void*)0;
        int32_t *l_1579 = &l_567[9];
        int32_t *l_1580 = &l_567[2];
        int32_t *l_1581 = (void*)0;
        int32_t *l_1582 = &l_567[1];
        int32_t *l_1583[9] = {&g_99,(void*)0,&g_99,(void*)0,&g_99,(void*)0,&g_99,(void*)0,&g_99};
        int i, j;
        for (g_1053.f0 = 0; (g_1053.f0 != 30); g_1053.f0++)
        {
            int32_t l_1511 = 1L;
            int32_t l_1515 = 0x5D6193EFL;
        }
        for (g_1034.f0 = 11; (g_1034.f0 < 37); g_1034.f0 = safe_add_func_uint32_t_u_u(g_1034.f0, 8))
        {
            uint16_t l_1560 = 0x41CDL;
            (**g_146) ^= p_55;
            (***g_265) ^= ((safe_mod_func_int8_t_s_s((safe_mod_func_uint16_t_u_u((safe_sub_func_int8_t_s_s(((+g_309.f1) > (safe_sub_func_uint8_t_u_u(((((((g_1559 , l_1560) || ((****g_148) , ((l_1560 , ((safe_sub_func_uint64_t_u_u(((*l_675) = ((safe_rshift_func_uint16_t_u_u((((safe_rshift_func_int16_t_s_u((((g_1567 , ((safe_mul_func_uint8_t_u_u((safe_mod_func_uint16_t_u_u(((safe_mul_func_int8_t_s_s((2L == 0x34572ED8L), (((0UL ^ g_1056[2].f2) > g_1036[0][2].f0) ^ g_1050.f1))) >= l_1526[9][3]), 0x355AL)), (-1L))) == l_1526[5][0])) < p_59) | 0xE817L), 14)) && 0xFA733815A6C85897LL) && p_57), g_1277.f3)) != l_1560)), 0xA4469D8BBFCCE8D9LL)) ^ 0UL)) >= g_1034.f1))) == 249UL) != p_59) != 0x37DCL) < l_1560), (*p_56)))), 0xE1L)), p_57)), 255UL)) > 6L);
        }
        l_1586[1]--;
    }
    return p_58;
}
static uint16_t func_60(uint32_t p_61)
{
    uint8_t l_62[9][5] = {{0x9EL,0x96L,0x96L,0x9EL,0x96L},{0x32L,1UL,1UL,1UL,0x32L},{0x96L,0x9EL,0x96L,0x96L,0x9EL},{0x32L,255UL,0x92L,1UL,0x92L},{0x9EL,0x9EL,255UL,0x9EL,0x9EL},{0x92L,1UL,0x92L,255UL,0x32L},{0x9EL,0x96L,0x96L,0x9EL,0x96L},{0x32L,1UL,1UL,1UL,0x32L},{0x96L,0x9EL,0x96L,0x96L,0x9EL}};
    const int32_t l_97 = 0x1AA06974L;
    int32_t *l_121 = &g_99;
    int32_t l_136 = (-10L);
    int32_t l_137 = 0L;
    const int64_t *l_186 = &g_163;
    uint8_t l_220 = 0xDAL;
    const int32_t *l_361 = &g_241[4];
    uint64_t l_389 = 7UL;
    uint8_t **l_463 = &g_96;
    int i, j;
    for (p_61 = 1; (p_61 <= 4); p_61 += 1)
    {
        uint8_t l_72[6];
        int32_t *l_120 = &g_69;
        int32_t l_138[9][6][3] = {{{0L,(-1L),(-1L)},{0x8FCE5417L,(-3L),4L},{0x6E9923ECL,0x6E9923ECL,(-3L)},{0x47C54752L,0xF3A3A19FL,0x734C7933L},{1L,0xA2236089L,0xDD045E24L},{1L,0x1B5D9575L,4L}},{{0x8FCE5417L,1L,0xDD045E24L},{0xEFA3C6A6L,0x48C05A14L,0x734C7933L},{0xFEBFBDA8L,0L,(-3L)},{2L,0x66784C27L,4L},{0x6D68B9C3L,0x1B5D9575L,(-1L)},{0xC12B9BE3L,(-10L),1L}},{{(-1L),0x0744711EL,3L},{0L,3L,2L},{0x4B151760L,1L,4L},{1L,(-1L),(-2L)},{0L,0xF3A3A19FL,0xB7E06FDCL},{0L,0xC46842B3L,0x4B151760L}},{{1L,2L,0xF3A3A19FL},{0x4B151760L,0x66784C27L,0xDD045E24L},{0L,0x283C3F38L,0x7AA7700AL},{(-1L),0L,(-1L)},{0xC12B9BE3L,0L,(-1L)},{0x6D68B9C3L,2L,2L}},{{2L,0xA2236089L,1L},{0xFEBFBDA8L,(-6L),1L},{0xEFA3C6A6L,3L,0L},{0x8FCE5417L,3L,(-1L)},{1L,3L,(-3L)},{1L,(-6L),0xB7E06FDCL}},{{0x47C54752L,6L,1L},{(-3L),0x6D68B9C3L,0x1B5D9575L},{0xF3A3A19FL,0xB58CEABDL,4L},{0x8A080547L,1L,0xB7FD6875L},{0xB302CBC4L,0xC46842B3L,0x66784C27L},{0L,0xEFA3C6A6L,0x1925695FL}},{{3L,0x6D68B9C3L,(-1L)},{0xC6A7DDB5L,0x734C7933L,(-2L)},{0xDD045E24L,(-1L),(-2L)},{1L,3L,(-1L)},{1L,0L,0x1925695FL},{(-3L),(-2L),0x66784C27L}},{{0xB58CEABDL,2L,0xB7FD6875L},{9L,0x7AA7700AL,4L},{(-2L),0L,0x1B5D9575L},{1L,0xEFA3C6A6L,1L},{0L,1L,(-1L)},{0x4B151760L,(-10L),0x47C54752L}},{{0L,0L,0xFEBFBDA8L},{1L,0L,(-1L)},{0L,6L,(-1L)},{0x4B151760L,(-1L),1L},{0L,(-3L),0x6D68B9C3L},{1L,0x47C54752L,0xFEBFBDA8L}}};
        const uint32_t *l_272 = &g_93;
        const uint32_t **l_271 = &l_272;
        int32_t *l_293[7] = {&g_241[2],&g_241[2],&g_241[2],&g_241[2],&g_241[2],&g_241[2],&g_241[2]};
        int64_t l_319 = 1L;
        uint64_t *l_344 = (void*)0;
        uint64_t *l_345 = (void*)0;
        uint64_t *l_346 = &g_347;
        int8_t *l_350 = &g_263;
        uint16_t *l_351 = &g_134;
        int i, j, k;
        for (i = 0; i < 6; i++)
            l_72[i] = 0UL;
        for (g_66 = 4; (g_66 >= 0); g_66 -= 1)
        {
            int32_t *l_68 = &g_69;
            int32_t l_70 = 0x7003B9FEL;
            int32_t *l_71 = &l_70;
            volatile int32_t *l_105 = &g_65;
            int32_t l_141 = 0L;
            int64_t l_179 = 0x0B1168E687208B66LL;
            uint8_t *l_196 = &g_87.f0;
            int32_t ***l_269 = (void*)0;
            uint64_t l_324 = 0xEAFB2E53EB804E71LL;
            int i, j;
            (*l_68) &= (!l_62[p_61][p_61]);
            l_72[5]++;
            for (l_70 = 1; (l_70 <= 4); l_70 += 1)
            {
                const uint32_t l_85 = 2UL;
                uint32_t *l_92 = &g_93;
                int64_t *l_94[10][4][6] = {{{&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[0][2][2],&g_95[3][0][0],&g_95[1][0][0],&g_95[0][2][2],&g_95[1][0][0]},{&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][0]},{&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][3]}},{{&g_95[3][0][3],&g_95[0][2][2],&g_95[3][0][0],&g_95[1][0][0],&g_95[0][2][2],&g_95[1][0][0]},{&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][0]},{&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[0][2][2],&g_95[3][0][0],&g_95[1][0][0],&g_95[0][2][2],&g_95[1][0][0]}},{{&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][0]},{&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[0][2][2],&g_95[3][0][0],&g_95[1][0][0],&g_95[0][2][2],&g_95[1][0][0]},{&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][0]}},{{&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[0][2][2],&g_95[3][0][0],&g_95[1][0][0],&g_95[0][2][2],&g_95[1][0][0]},{&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][0]},{&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][3]}},{{&g_95[3][0][3],&g_95[0][2][2],&g_95[3][0][0],&g_95[1][0][0],&g_95[0][2][2],&g_95[1][0][0]},{&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][0]},{&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[1][0][0],&g_95[1][0][0],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3]}},{{&g_95[3][0][3],&g_95[3][0][0],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][0],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[3][0][0],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][0],&g_95[3][0][3]}},{{&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[3][0][0],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][0],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3]}},{{&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[3][0][0],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][0],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3]}},{{&g_95[3][0][3],&g_95[3][0][0],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][0],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[3][0][0],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][0],&g_95[3][0][3]}},{{&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[3][0][0],&g_95[3][0][3],&g_95[3][0][3],&g_95[3][0][0],&g_95[3][0][3]},{&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3],&g_95[3][0][3],&g_95[1][0][0],&g_95[3][0][3]}}};
                int32_t l_102 = 0x678304AFL;
                int32_t l_139 = 0L;
                int32_t l_140[4][2] = {{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)},{(-1L),(-1L)}};
                int i, j, k;
                (*g_98) = ((*l_68) = (safe_mod_func_int8_t_s_s((safe_sub_func_uint16_t_u_u((((safe_sub_func_uint16_t_u_u((safe_div_func_int16_t_s_s(((safe_mul_func_int8_t_s_s(((l_85 < (&l_72[5] != (void*)0)) , p_61), ((g_86 , g_87) , ((((g_95[3][2][0] |= ((g_16 != ((((*l_92) = (p_61 < (safe_unary_minus_func_uint16_t_u((+(safe_add_func_uint32_t_u_u(1UL, 0x3EB6B3EEL))))))) , p_61) , p_61)) & 1UL)) | p_61) , g_96) == g_96)))) && g_86.f3), l_97)), 0x229BL)) && l_72[5]) == (*l_68)), 0xC9EFL)), g_66)));
                (*l_68) = 0x51ED022CL;
                for (g_69 = 4; (g_69 >= 0); g_69 -= 1)
                {
                    volatile int32_t *l_104 = &g_65;
                    volatile int32_t **l_103[5];
                    int32_t l_131[7][6][3] = {{{0x3BE29DAAL,1L,1L},{0xDF8BE3DAL,0xA92953C3L,(-1L)},{0x3BE29DAAL,0x3BE29DAAL,0L},{0xA92953C3L,0xDF8BE3DAL,(-10L)},{1L,0x3BE29DAAL,1L},{0xE0CEE113L,0xA92953C3L,0x2D9DFC09L}},{{1L,1L,1L},{0x2D9DFC09L,0xE0CEE113L,(-10L)},{0L,1L,0L},{0x2D9DFC09L,0x2D9DFC09L,(-1L)},{1L,0L,1L},{0xE0CEE113L,0x2D9DFC09L,0xE0CEE113L}},{{1L,1L,0x3BE29DAAL},{0xA92953C3L,0xE0CEE113L,0xE0CEE113L},{0x3BE29DAAL,1L,1L},{0xDF8BE3DAL,0xA92953C3L,(-1L)},{0x3BE29DAAL,0x3BE29DAAL,0L},{0xA92953C3L,0xDF8BE3DAL,(-10L)}},{{1L,0xE4ACFCA9L,0L},{0xDF8BE3DAL,0xE0CEE113L,1L},{1L,0L,0L},{1L,0xDF8BE3DAL,(-1L)},{1L,1L,0x3BE29DAAL},{1L,1L,0x2D9DFC09L}},{{1L,1L,0L},{0xDF8BE3DAL,1L,0xDF8BE3DAL},{0L,1L,0xE4ACFCA9L},{0xE0CEE113L,0xDF8BE3DAL,0xDF8BE3DAL},{0xE4ACFCA9L,0L,0L},{(-10L),0xE0CEE113L,0x2D9DFC09L}},{{0xE4ACFCA9L,0xE4ACFCA9L,0x3BE29DAAL},{0xE0CEE113L,(-10L),(-1L)},{0L,0xE4ACFCA9L,0L},{0xDF8BE3DAL,0xE0CEE113L,1L},{1L,0L,0L},{1L,0xDF8BE3DAL,(-1L)}},{{1L,1L,0x3BE29DAAL},{1L,1L,0x2D9DFC09L},{1L,1L,0L},{0xDF8BE3DAL,1L,0xDF8BE3DAL},{0L,1L,0xE4ACFCA9L},{0xE0CEE113L,0xDF8BE3DAL,0xDF8BE3DAL}}};
                    int i, j, k;
                    for (i = 0; i < 5; i++)
                        l_103[i] = &l_104;
                    l_102 = (p_61 != ((safe_lshift_func_int16_t_s_s(g_65, 7)) != 0x3184L));
                    l_105 = &g_65;
                    l_102 &= (safe_lshift_func_int16_t_s_u((safe_rshift_func_uint16_t_u_u(p_61, 0)), (!(((safe_mul_func_int16_t_s_s(l_85, g_95[3][0][3])) , (*g_96)) && (*g_96)))));
                    for (g_93 = 0; (g_93 <= 4); g_93 += 1)
                    {
                        uint8_t * const l_117 = &l_62[p_61][p_61];
                        uint16_t *l_132 = (void*)0;
                        uint16_t *l_133 = &g_134;
                        int32_t l_135 = 1L;
                        int i, j;
                        l_135 &= (safe_rshift_func_uint16_t_u_u(((safe_mod_func_uint32_t_u_u((l_117 == (((safe_mod_func_uint64_t_u_u((l_120 != ((l_102 > 253UL) , l_121)), ((safe_rshift_func_uint16_t_u_s(((*l_133) = (safe_mul_func_int16_t_s_s((safe_sub_func_int8_t_s_s((g_87.f1 = ((((((((!(*l_121)) , (safe_mod_func_int64_t_s_s(((((l_62[(l_70 + 4)][l_70] = ((0UL || (*l_68)) , (*g_96))) != 7UL) == (*l_121)) != 0xC266863EL), 0xDF25E8128C20B361LL))) != 9L) | g_63) < p_61) , g_69) != g_99) && p_61)), l_85)), l_131[3][4][1]))), 14)) ^ g_66))) < 0x0EL) , (void*)0)), g_95[3][0][3])) <= 0x8CL), 0));
                        --g_142;
                        (*g_148) = g_145;
                        if ((**g_146))
                            break;
                    }
                }
            }
            if ((****g_148))
            {
                uint32_t l_180 = 8UL;
                for (g_99 = 18; (g_99 < 2); --g_99)
                {
                    uint64_t l_155 = 0xF680477419847BF4LL;
                    int32_t l_167[4];
                    int64_t *l_176[5] = {&g_95[0][1][1],&g_95[0][1][1],&g_95[0][1][1],&g_95[0][1][1],&g_95[0][1][1]};
                    int i;
                    for (i = 0; i < 4; i++)
                        l_167[i] = (-9L);
                    for (g_87.f1 = 29; (g_87.f1 > 20); g_87.f1 = safe_sub_func_uint8_t_u_u(g_87.f1, 7))
                    {
                        (*l_68) = (safe_add_func_uint16_t_u_u(0x1901L, (-6L)));
                        return l_155;
                    }
                    for (l_70 = 2; (l_70 >= 0); l_70 -= 1)
                    {
                        int64_t *l_162 = &g_163;
                        int i, j, k;
                        (***g_145) &= (safe_add_func_uint64_t_u_u(l_138[l_70][(l_70 + 1)][l_70], (-1L)));
                        (**g_146) = p_61;
                        (*l_120) = (safe_div_func_uint32_t_u_u(((2UL == ((*l_162) = (g_95[l_70][l_70][l_70] &= ((void*)0 != (*g_146))))) || (p_61 != (safe_lshift_func_int16_t_s_u((((+(((*l_120) , ((((((l_167[0] < l_138[(g_66 + 1)][(l_70 + 1)][l_70]) > g_99) , ((1UL == g_69) >= 65535UL)) ^ g_66) != (-1L)) >= (-5L))) < 1L)) <= g_87.f0) <= l_167[0]), g_16)))), (*l_121)));
                    }
                    for (l_137 = 0; (l_137 <= 23); l_137 = safe_add_func_uint64_t_u_u(l_137, 3))
                    {
                        return g_64;
                    }
                    (*l_71) = ((*l_71) || (safe_rshift_func_int16_t_s_s(((((((void*)0 != (*g_148)) , (safe_rshift_func_int16_t_s_u((safe_mod_func_int64_t_s_s(((*l_68) = (-1L)), g_86.f0)), 2))) & (safe_add_func_int8_t_s_s(l_179, (l_180 = (*g_96))))) <= 0xB4L) | (*l_121)), 15)));
                }
            }
            else
            {
                uint16_t l_217 = 0x966BL;
                int32_t **l_233 = (void*)0;
                int32_t ***l_232 = &l_233;
                int32_t ****l_231 = &l_232;
                int32_t * const **l_264 = (void*)0;
                int32_t *l_316 = &l_137;
                int32_t l_317 = (-8L);
                int32_t *l_318 = &l_137;
                int32_t *l_320 = (void*)0;
                int32_t *l_321 = &l_137;
                int32_t *l_322 = &g_69;
                int32_t *l_323[4][3] = {{&g_69,&l_137,&l_317},{&g_69,&g_69,&l_137},{(void*)0,&l_137,&l_137},{&l_137,&g_268,&l_317}};
                int i, j;
                for (l_70 = 0; (l_70 <= (-11)); l_70 = safe_sub_func_uint32_t_u_u(l_70, 9))
                {
                    int16_t *l_191 = (void*)0;
                    int16_t *l_192 = &g_193;
                    uint8_t *l_198 = &l_62[p_61][p_61];
                    uint8_t **l_197 = &l_198;
                    int32_t l_250 = 0xCA833517L;
                    int32_t *l_292 = &g_241[2];
                    int32_t **l_291[1];
                    int64_t *l_294 = &g_95[0][2][2];
                    int64_t *l_295[1];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_291[i] = &l_292;
                    for (i = 0; i < 1; i++)
                        l_295[i] = &l_179;
                }
                l_324++;
            }
        }
        (***g_265) = 2L;
        (*g_267) = ((*l_120) = (safe_sub_func_int64_t_s_s((g_163 = (((*l_351) |= (((*l_120) < ((safe_mul_func_uint16_t_u_u(65531UL, (safe_mul_func_int8_t_s_s(p_61, ((g_87 , (9UL >= (p_61 <= (((safe_rshift_func_int16_t_s_u((((*l_350) = ((*l_120) ^ (((safe_mul_func_int16_t_s_s((((safe_mul_func_int16_t_s_s((safe_sub_func_uint32_t_u_u((safe_unary_minus_func_uint64_t_u((++(*l_346)))), 7UL)), (((&l_72[3] != (void*)0) | (*l_121)) >= p_61))) < (****g_148)) & g_69), p_61)) > 0xA0L) , g_309.f4))) > 253UL), 12)) , (*g_96)) < p_61)))) , 0xC4L))))) | p_61)) & 1L)) != p_61)), (*l_121))));
        g_98 = &l_136;
        for (g_314 = 4; (g_314 >= 0); g_314 -= 1)
        {
            int32_t *l_352 = (void*)0;
            int i, j;
            (*g_353) = l_352;
            (*l_120) = (safe_lshift_func_uint16_t_u_u(l_62[(g_314 + 3)][p_61], (0xDCDEE852L >= ((+(!p_61)) , (safe_sub_func_uint8_t_u_u(((*g_96) = (&l_97 != l_361)), (safe_rshift_func_uint8_t_u_u((((~(safe_mod_func_uint8_t_u_u(255UL, (*l_120)))) != (safe_add_func_uint32_t_u_u((l_352 != (**g_265)), g_309.f3))) && p_61), g_241[4]))))))));
        }
    }
    for (g_93 = 0; (g_93 != 6); g_93 = safe_add_func_int8_t_s_s(g_93, 6))
    {
        int64_t *l_373 = (void*)0;
        int64_t *l_374 = &g_163;
        const int32_t l_390 = 0x1EB0C2D3L;
        int32_t l_391 = (-1L);
        l_391 &= ((safe_add_func_uint16_t_u_u(((((*l_121) = ((*l_374) &= g_87.f1)) ^ ((void*)0 == (***g_148))) && (safe_unary_minus_func_int16_t_s(g_95[0][1][2]))), ((g_134 <= ((safe_div_func_int32_t_s_s(((((safe_add_func_int64_t_s_s((g_380 != (void*)0), (((safe_add_func_uint16_t_u_u(((safe_div_func_uint32_t_u_u(((safe_mul_func_int16_t_s_s((l_389 > l_390), 8L)) ^ 0xF053L), l_390)) , 0xB647L), p_61)) < p_61) | 0L))) ^ l_390) ^ g_309.f3) , 6L), p_61)) && p_61)) >= g_241[2]))) , 9L);
        (*l_121) &= 0x1B6C724BL;
    }
    for (g_134 = 0; (g_134 > 15); g_134 = safe_add_func_uint16_t_u_u(g_134, 8))
    {
        uint32_t l_400 = 1UL;
        const int32_t **l_406 = &l_361;
        int32_t l_432[3];
        volatile int32_t * volatile l_434 = (void*)0;
        uint8_t **l_464[2][10][1] = {{{&g_96},{(void*)0},{&g_96},{&g_96},{&g_96},{&g_96},{(void*)0},{&g_96},{(void*)0},{&g_96}},{{&g_96},{&g_96},{&g_96},{(void*)0},{&g_96},{(void*)0},{&g_96},{&g_96},{&g_96},{&g_96}}};
        uint32_t l_465 = 0UL;
        int32_t **l_470 = &g_354;
        int32_t ** const *l_469[7] = {&l_470,&l_470,&l_470,&l_470,&l_470,&l_470,&l_470};
        int32_t ** const **l_468 = &l_469[2];
        uint8_t *l_492 = &l_62[3][3];
        int16_t *l_503 = (void*)0;
        int i, j, k;
        for (i = 0; i < 3; i++)
            l_432[i] = 0x61673076L;
    }
    return g_142;
}
int main (int argc, char* argv[])
{
    int i, j, k;
    int print_hash_value = 0;
    if (argc == 2 && strcmp(argv[1], "1") == 0) print_hash_value = 1;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_16, "g_16", print_hash_value);
    transparent_crc(g_63, "g_63", print_hash_value);
    transparent_crc(g_64, "g_64", print_hash_value);
    transparent_crc(g_65, "g_65", print_hash_value);
    transparent_crc(g_66, "g_66", print_hash_value);
    transparent_crc(g_69, "g_69", print_hash_value);
    transparent_crc(g_86.f0, "g_86.f0", print_hash_value);
    transparent_crc(g_86.f1, "g_86.f1", print_hash_value);
    transparent_crc(g_86.f2, "g_86.f2", print_hash_value);
    transparent_crc(g_86.f3, "g_86.f3", print_hash_value);
    transparent_crc(g_93, "g_93", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 4; k++)
            {
                transparent_crc(g_95[i][j][k], "g_95[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);
            }
        }
    }
    transparent_crc(g_99, "g_99", print_hash_value);
    transparent_crc(g_134, "g_134", print_hash_value);
    transparent_crc(g_142, "g_142", print_hash_value);
    transparent_crc(g_163, "g_163", print_hash_value);
    transparent_crc(g_193, "g_193", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_241[i], "g_241[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_263, "g_263", print_hash_value);
    transparent_crc(g_268, "g_268", print_hash_value);
    transparent_crc(g_273.f0, "g_273.f0", print_hash_value);
    transparent_crc(g_273.f1, "g_273.f1", print_hash_value);
    transparent_crc(g_273.f2, "g_273.f2", print_hash_value);
    transparent_crc(g_273.f3, "g_273.f3", print_hash_value);
    transparent_crc(g_309.f0, "g_309.f0", print_hash_value);
    transparent_crc(g_309.f1, "g_309.f1", print_hash_value);
    transparent_crc(g_309.f2, "g_309.f2", print_hash_value);
    transparent_crc(g_309.f3, "g_309.f3", print_hash_value);
    transparent_crc(g_309.f4, "g_309.f4", print_hash_value);
    transparent_crc(g_309.f5, "g_309.f5", print_hash_value);
    transparent_crc(g_314, "g_314", print_hash_value);
    transparent_crc(g_315, "g_315", print_hash_value);
    transparent_crc(g_347, "g_347", print_hash_value);
    transparent_crc(g_382, "g_382", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_448[i].f0, "g_448[i].f0", print_hash_value);
        transparent_crc(g_448[i].f1, "g_448[i].f1", print_hash_value);
        transparent_crc(g_448[i].f2, "g_448[i].f2", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_600, "g_600", print_hash_value);
    transparent_crc(g_601, "g_601", print_hash_value);
    transparent_crc(g_693.f0, "g_693.f0", print_hash_value);
    transparent_crc(g_693.f1, "g_693.f1", print_hash_value);
    transparent_crc(g_693.f2, "g_693.f2", print_hash_value);
    transparent_crc(g_693.f3, "g_693.f3", print_hash_value);
    transparent_crc(g_720, "g_720", print_hash_value);
    transparent_crc(g_754.f0, "g_754.f0", print_hash_value);
    transparent_crc(g_754.f1, "g_754.f1", print_hash_value);
    transparent_crc(g_754.f2, "g_754.f2", print_hash_value);
    transparent_crc(g_754.f3, "g_754.f3", print_hash_value);
    transparent_crc(g_755.f0, "g_755.f0", print_hash_value);
    transparent_crc(g_755.f1, "g_755.f1", print_hash_value);
    transparent_crc(g_755.f2, "g_755.f2", print_hash_value);
    transparent_crc(g_755.f3, "g_755.f3", print_hash_value);
    transparent_crc(g_765, "g_765", print_hash_value);
    transparent_crc(g_777.f0, "g_777.f0", print_hash_value);
    transparent_crc(g_777.f1, "g_777.f1", print_hash_value);
    transparent_crc(g_777.f2, "g_777.f2", print_hash_value);
    transparent_crc(g_777.f3, "g_777.f3", print_hash_value);
    transparent_crc(g_842.f0, "g_842.f0", print_hash_value);
    transparent_crc(g_842.f1, "g_842.f1", print_hash_value);
    transparent_crc(g_842.f2, "g_842.f2", print_hash_value);
    transparent_crc(g_908.f0, "g_908.f0", print_hash_value);
    transparent_crc(g_908.f1, "g_908.f1", print_hash_value);
    transparent_crc(g_908.f2, "g_908.f2", print_hash_value);
    transparent_crc(g_908.f3, "g_908.f3", print_hash_value);
    transparent_crc(g_924, "g_924", print_hash_value);
    transparent_crc(g_943, "g_943", print_hash_value);
    transparent_crc(g_1034.f0, "g_1034.f0", print_hash_value);
    transparent_crc(g_1034.f1, "g_1034.f1", print_hash_value);
    transparent_crc(g_1034.f2, "g_1034.f2", print_hash_value);
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_1035[i].f0, "g_1035[i].f0", print_hash_value);
        transparent_crc(g_1035[i].f1, "g_1035[i].f1", print_hash_value);
        transparent_crc(g_1035[i].f2, "g_1035[i].f2", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 4; j++)
        {
            transparent_crc(g_1036[i][j].f0, "g_1036[i][j].f0", print_hash_value);
            transparent_crc(g_1036[i][j].f1, "g_1036[i][j].f1", print_hash_value);
            transparent_crc(g_1036[i][j].f2, "g_1036[i][j].f2", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_1037.f0, "g_1037.f0", print_hash_value);
    transparent_crc(g_1037.f1, "g_1037.f1", print_hash_value);
    transparent_crc(g_1037.f2, "g_1037.f2", print_hash_value);
    transparent_crc(g_1038.f0, "g_1038.f0", print_hash_value);
    transparent_crc(g_1038.f1, "g_1038.f1", print_hash_value);
    transparent_crc(g_1038.f2, "g_1038.f2", print_hash_value);
    transparent_crc(g_1039.f0, "g_1039.f0", print_hash_value);
    transparent_crc(g_1039.f1, "g_1039.f1", print_hash_value);
    transparent_crc(g_1039.f2, "g_1039.f2", print_hash_value);
    transparent_crc(g_1040.f0, "g_1040.f0", print_hash_value);
    transparent_crc(g_1040.f1, "g_1040.f1", print_hash_value);
    transparent_crc(g_1040.f2, "g_1040.f2", print_hash_value);
    transparent_crc(g_1041.f0, "g_1041.f0", print_hash_value);
    transparent_crc(g_1041.f1, "g_1041.f1", print_hash_value);
    transparent_crc(g_1041.f2, "g_1041.f2", print_hash_value);
    transparent_crc(g_1042.f0, "g_1042.f0", print_hash_value);
    transparent_crc(g_1042.f1, "g_1042.f1", print_hash_value);
    transparent_crc(g_1042.f2, "g_1042.f2", print_hash_value);
    transparent_crc(g_1043.f0, "g_1043.f0", print_hash_value);
    transparent_crc(g_1043.f1, "g_1043.f1", print_hash_value);
    transparent_crc(g_1043.f2, "g_1043.f2", print_hash_value);
    transparent_crc(g_1044.f0, "g_1044.f0", print_hash_value);
    transparent_crc(g_1044.f1, "g_1044.f1", print_hash_value);
    transparent_crc(g_1044.f2, "g_1044.f2", print_hash_value);
    transparent_crc(g_1045.f0, "g_1045.f0", print_hash_value);
    transparent_crc(g_1045.f1, "g_1045.f1", print_hash_value);
    transparent_crc(g_1045.f2, "g_1045.f2", print_hash_value);
    transparent_crc(g_1046.f0, "g_1046.f0", print_hash_value);
    transparent_crc(g_1046.f1, "g_1046.f1", print_hash_value);
    transparent_crc(g_1046.f2, "g_1046.f2", print_hash_value);
    transparent_crc(g_1047.f0, "g_1047.f0", print_hash_value);
    transparent_crc(g_1047.f1, "g_1047.f1", print_hash_value);
    transparent_crc(g_1047.f2, "g_1047.f2", print_hash_value);
    transparent_crc(g_1048.f0, "g_1048.f0", print_hash_value);
    transparent_crc(g_1048.f1, "g_1048.f1", print_hash_value);
    transparent_crc(g_1048.f2, "g_1048.f2", print_hash_value);
    transparent_crc(g_1049.f0, "g_1049.f0", print_hash_value);
    transparent_crc(g_1049.f1, "g_1049.f1", print_hash_value);
    transparent_crc(g_1049.f2, "g_1049.f2", print_hash_value);
    transparent_crc(g_1050.f0, "g_1050.f0", print_hash_value);
    transparent_crc(g_1050.f1, "g_1050.f1", print_hash_value);
    transparent_crc(g_1050.f2, "g_1050.f2", print_hash_value);
    transparent_crc(g_1051.f0, "g_1051.f0", print_hash_value);
    transparent_crc(g_1051.f1, "g_1051.f1", print_hash_value);
    transparent_crc(g_1051.f2, "g_1051.f2", print_hash_value);
    transparent_crc(g_1052.f0, "g_1052.f0", print_hash_value);
    transparent_crc(g_1052.f1, "g_1052.f1", print_hash_value);
    transparent_crc(g_1052.f2, "g_1052.f2", print_hash_value);
    transparent_crc(g_1053.f0, "g_1053.f0", print_hash_value);
    transparent_crc(g_1053.f1, "g_1053.f1", print_hash_value);
    transparent_crc(g_1053.f2, "g_1053.f2", print_hash_value);
    transparent_crc(g_1055.f0, "g_1055.f0", print_hash_value);
    transparent_crc(g_1055.f1, "g_1055.f1", print_hash_value);
    transparent_crc(g_1055.f2, "g_1055.f2", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_1056[i].f0, "g_1056[i].f0", print_hash_value);
        transparent_crc(g_1056[i].f1, "g_1056[i].f1", print_hash_value);
        transparent_crc(g_1056[i].f2, "g_1056[i].f2", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_1057.f0, "g_1057.f0", print_hash_value);
    transparent_crc(g_1057.f1, "g_1057.f1", print_hash_value);
    transparent_crc(g_1057.f2, "g_1057.f2", print_hash_value);
    transparent_crc(g_1084.f0, "g_1084.f0", print_hash_value);
    transparent_crc(g_1084.f1, "g_1084.f1", print_hash_value);
    transparent_crc(g_1084.f2, "g_1084.f2", print_hash_value);
    transparent_crc(g_1084.f3, "g_1084.f3", print_hash_value);
    transparent_crc(g_1084.f4, "g_1084.f4", print_hash_value);
    transparent_crc(g_1084.f5, "g_1084.f5", print_hash_value);
    transparent_crc(g_1142.f0, "g_1142.f0", print_hash_value);
    transparent_crc(g_1142.f1, "g_1142.f1", print_hash_value);
    transparent_crc(g_1142.f2, "g_1142.f2", print_hash_value);
    transparent_crc(g_1142.f3, "g_1142.f3", print_hash_value);
    transparent_crc(g_1142.f4, "g_1142.f4", print_hash_value);
    transparent_crc(g_1142.f5, "g_1142.f5", print_hash_value);
    transparent_crc(g_1277.f0, "g_1277.f0", print_hash_value);
    transparent_crc(g_1277.f1, "g_1277.f1", print_hash_value);
    transparent_crc(g_1277.f2, "g_1277.f2", print_hash_value);
    transparent_crc(g_1277.f3, "g_1277.f3", print_hash_value);
    transparent_crc(g_1277.f4, "g_1277.f4", print_hash_value);
    transparent_crc(g_1277.f5, "g_1277.f5", print_hash_value);
    transparent_crc(g_1293.f0, "g_1293.f0", print_hash_value);
    transparent_crc(g_1293.f1, "g_1293.f1", print_hash_value);
    transparent_crc(g_1293.f2, "g_1293.f2", print_hash_value);
    transparent_crc(g_1293.f3, "g_1293.f3", print_hash_value);
    transparent_crc(g_1293.f4, "g_1293.f4", print_hash_value);
    transparent_crc(g_1293.f5, "g_1293.f5", print_hash_value);
    transparent_crc(g_1327.f0, "g_1327.f0", print_hash_value);
    transparent_crc(g_1327.f1, "g_1327.f1", print_hash_value);
    transparent_crc(g_1327.f2, "g_1327.f2", print_hash_value);
    transparent_crc(g_1327.f3, "g_1327.f3", print_hash_value);
    transparent_crc(g_1327.f4, "g_1327.f4", print_hash_value);
    transparent_crc(g_1327.f5, "g_1327.f5", print_hash_value);
    transparent_crc(g_1453.f0, "g_1453.f0", print_hash_value);
    transparent_crc(g_1453.f1, "g_1453.f1", print_hash_value);
    transparent_crc(g_1453.f2, "g_1453.f2", print_hash_value);
    transparent_crc(g_1453.f3, "g_1453.f3", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_1532[i][j].f0, "g_1532[i][j].f0", print_hash_value);
            transparent_crc(g_1532[i][j].f1, "g_1532[i][j].f1", print_hash_value);
            transparent_crc(g_1532[i][j].f2, "g_1532[i][j].f2", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_1559.f0, "g_1559.f0", print_hash_value);
    transparent_crc(g_1559.f1, "g_1559.f1", print_hash_value);
    transparent_crc(g_1559.f2, "g_1559.f2", print_hash_value);
    transparent_crc(g_1559.f3, "g_1559.f3", print_hash_value);
    transparent_crc(g_1567.f0, "g_1567.f0", print_hash_value);
    transparent_crc(g_1567.f1, "g_1567.f1", print_hash_value);
    transparent_crc(g_1567.f2, "g_1567.f2", print_hash_value);
    transparent_crc(g_1567.f3, "g_1567.f3", print_hash_value);
    transparent_crc(g_1585, "g_1585", print_hash_value);
    transparent_crc(g_1627.f0, "g_1627.f0", print_hash_value);
    transparent_crc(g_1627.f1, "g_1627.f1", print_hash_value);
    transparent_crc(g_1627.f2, "g_1627.f2", print_hash_value);
    transparent_crc(g_1627.f3, "g_1627.f3", print_hash_value);
    transparent_crc(g_1691.f0, "g_1691.f0", print_hash_value);
    transparent_crc(g_1691.f1, "g_1691.f1", print_hash_value);
    transparent_crc(g_1691.f2, "g_1691.f2", print_hash_value);
    transparent_crc(g_1805, "g_1805", print_hash_value);
    transparent_crc(g_1806.f0, "g_1806.f0", print_hash_value);
    transparent_crc(g_1806.f1, "g_1806.f1", print_hash_value);
    transparent_crc(g_1806.f2, "g_1806.f2", print_hash_value);
    transparent_crc(g_1806.f3, "g_1806.f3", print_hash_value);
    for (i = 0; i < 5; i++)
    {
        transparent_crc(g_1833[i].f0, "g_1833[i].f0", print_hash_value);
        transparent_crc(g_1833[i].f1, "g_1833[i].f1", print_hash_value);
        transparent_crc(g_1833[i].f2, "g_1833[i].f2", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_1976.f0, "g_1976.f0", print_hash_value);
    transparent_crc(g_1976.f1, "g_1976.f1", print_hash_value);
    transparent_crc(g_1976.f2, "g_1976.f2", print_hash_value);
    transparent_crc(g_1976.f3, "g_1976.f3", print_hash_value);
    transparent_crc(g_1978.f0, "g_1978.f0", print_hash_value);
    transparent_crc(g_1978.f1, "g_1978.f1", print_hash_value);
    transparent_crc(g_1978.f2, "g_1978.f2", print_hash_value);
    transparent_crc(g_1978.f3, "g_1978.f3", print_hash_value);
    transparent_crc(g_2004.f0, "g_2004.f0", print_hash_value);
    transparent_crc(g_2004.f1, "g_2004.f1", print_hash_value);
    transparent_crc(g_2004.f2, "g_2004.f2", print_hash_value);
    transparent_crc(g_2004.f3, "g_2004.f3", print_hash_value);
    transparent_crc(g_2035.f0, "g_2035.f0", print_hash_value);
    transparent_crc(g_2035.f1, "g_2035.f1", print_hash_value);
    transparent_crc(g_2035.f2, "g_2035.f2", print_hash_value);
    transparent_crc(g_2104.f0, "g_2104.f0", print_hash_value);
    transparent_crc(g_2104.f1, "g_2104.f1", print_hash_value);
    transparent_crc(g_2104.f2, "g_2104.f2", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_2105[i].f0, "g_2105[i].f0", print_hash_value);
        transparent_crc(g_2105[i].f1, "g_2105[i].f1", print_hash_value);
        transparent_crc(g_2105[i].f2, "g_2105[i].f2", print_hash_value);
        transparent_crc(g_2105[i].f3, "g_2105[i].f3", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_2106.f0, "g_2106.f0", print_hash_value);
    transparent_crc(g_2106.f1, "g_2106.f1", print_hash_value);
    transparent_crc(g_2106.f2, "g_2106.f2", print_hash_value);
    transparent_crc(g_2106.f3, "g_2106.f3", print_hash_value);
    transparent_crc(g_2106.f4, "g_2106.f4", print_hash_value);
    transparent_crc(g_2106.f5, "g_2106.f5", print_hash_value);
    transparent_crc(g_2118.f0, "g_2118.f0", print_hash_value);
    transparent_crc(g_2118.f1, "g_2118.f1", print_hash_value);
    transparent_crc(g_2118.f2, "g_2118.f2", print_hash_value);
    transparent_crc(g_2118.f3, "g_2118.f3", print_hash_value);
    transparent_crc(g_2142.f0, "g_2142.f0", print_hash_value);
    transparent_crc(g_2142.f1, "g_2142.f1", print_hash_value);
    transparent_crc(g_2142.f2, "g_2142.f2", print_hash_value);
    transparent_crc(g_2142.f3, "g_2142.f3", print_hash_value);
    transparent_crc(g_2153.f0, "g_2153.f0", print_hash_value);
    transparent_crc(g_2153.f1, "g_2153.f1", print_hash_value);
    transparent_crc(g_2153.f2, "g_2153.f2", print_hash_value);
    transparent_crc(g_2191.f0, "g_2191.f0", print_hash_value);
    transparent_crc(g_2191.f1, "g_2191.f1", print_hash_value);
    transparent_crc(g_2191.f2, "g_2191.f2", print_hash_value);
    transparent_crc(g_2191.f3, "g_2191.f3", print_hash_value);
    transparent_crc(g_2191.f4, "g_2191.f4", print_hash_value);
    transparent_crc(g_2191.f5, "g_2191.f5", print_hash_value);
    transparent_crc(g_2245.f0, "g_2245.f0", print_hash_value);
    transparent_crc(g_2245.f1, "g_2245.f1", print_hash_value);
    transparent_crc(g_2245.f2, "g_2245.f2", print_hash_value);
    transparent_crc(g_2245.f3, "g_2245.f3", print_hash_value);
    transparent_crc(g_2245.f4, "g_2245.f4", print_hash_value);
    transparent_crc(g_2245.f5, "g_2245.f5", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 6; j++)
        {
            for (k = 0; k < 7; k++)
            {
                transparent_crc(g_2319[i][j][k], "g_2319[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);
            }
        }
    }
    transparent_crc(g_2375.f0, "g_2375.f0", print_hash_value);
    transparent_crc(g_2375.f1, "g_2375.f1", print_hash_value);
    transparent_crc(g_2375.f2, "g_2375.f2", print_hash_value);
    transparent_crc(g_2414.f0, "g_2414.f0", print_hash_value);
    transparent_crc(g_2414.f1, "g_2414.f1", print_hash_value);
    transparent_crc(g_2414.f2, "g_2414.f2", print_hash_value);
    transparent_crc(g_2414.f3, "g_2414.f3", print_hash_value);
    transparent_crc(g_2414.f4, "g_2414.f4", print_hash_value);
    transparent_crc(g_2414.f5, "g_2414.f5", print_hash_value);
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_2490[i].f0, "g_2490[i].f0", print_hash_value);
        transparent_crc(g_2490[i].f1, "g_2490[i].f1", print_hash_value);
        transparent_crc(g_2490[i].f2, "g_2490[i].f2", print_hash_value);
        transparent_crc(g_2490[i].f3, "g_2490[i].f3", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_2516.f0, "g_2516.f0", print_hash_value);
    transparent_crc(g_2516.f1, "g_2516.f1", print_hash_value);
    transparent_crc(g_2516.f2, "g_2516.f2", print_hash_value);
    transparent_crc(g_2516.f3, "g_2516.f3", print_hash_value);
    transparent_crc(g_2539.f0, "g_2539.f0", print_hash_value);
    transparent_crc(g_2539.f1, "g_2539.f1", print_hash_value);
    transparent_crc(g_2539.f2, "g_2539.f2", print_hash_value);
    transparent_crc(g_2539.f3, "g_2539.f3", print_hash_value);
    transparent_crc(g_2539.f4, "g_2539.f4", print_hash_value);
    transparent_crc(g_2539.f5, "g_2539.f5", print_hash_value);
    for (i = 0; i < 7; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_2567[i][j].f0, "g_2567[i][j].f0", print_hash_value);
            transparent_crc(g_2567[i][j].f1, "g_2567[i][j].f1", print_hash_value);
            transparent_crc(g_2567[i][j].f2, "g_2567[i][j].f2", print_hash_value);
            transparent_crc(g_2567[i][j].f3, "g_2567[i][j].f3", print_hash_value);
            transparent_crc(g_2567[i][j].f4, "g_2567[i][j].f4", print_hash_value);
            transparent_crc(g_2567[i][j].f5, "g_2567[i][j].f5", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_2593.f0, "g_2593.f0", print_hash_value);
    transparent_crc(g_2593.f1, "g_2593.f1", print_hash_value);
    transparent_crc(g_2593.f2, "g_2593.f2", print_hash_value);
    transparent_crc(g_2625.f0, "g_2625.f0", print_hash_value);
    transparent_crc(g_2625.f1, "g_2625.f1", print_hash_value);
    transparent_crc(g_2625.f2, "g_2625.f2", print_hash_value);
    transparent_crc(g_2664.f0, "g_2664.f0", print_hash_value);
    transparent_crc(g_2664.f1, "g_2664.f1", print_hash_value);
    transparent_crc(g_2664.f2, "g_2664.f2", print_hash_value);
    transparent_crc(g_2664.f3, "g_2664.f3", print_hash_value);
    transparent_crc(g_2665.f0, "g_2665.f0", print_hash_value);
    transparent_crc(g_2665.f1, "g_2665.f1", print_hash_value);
    transparent_crc(g_2665.f2, "g_2665.f2", print_hash_value);
    transparent_crc(g_2665.f3, "g_2665.f3", print_hash_value);
    transparent_crc(g_2666.f0, "g_2666.f0", print_hash_value);
    transparent_crc(g_2666.f1, "g_2666.f1", print_hash_value);
    transparent_crc(g_2666.f2, "g_2666.f2", print_hash_value);
    transparent_crc(g_2666.f3, "g_2666.f3", print_hash_value);
    transparent_crc(g_2667.f0, "g_2667.f0", print_hash_value);
    transparent_crc(g_2667.f1, "g_2667.f1", print_hash_value);
    transparent_crc(g_2667.f2, "g_2667.f2", print_hash_value);
    transparent_crc(g_2667.f3, "g_2667.f3", print_hash_value);
    transparent_crc(g_2668.f0, "g_2668.f0", print_hash_value);
    transparent_crc(g_2668.f1, "g_2668.f1", print_hash_value);
    transparent_crc(g_2668.f2, "g_2668.f2", print_hash_value);
    transparent_crc(g_2668.f3, "g_2668.f3", print_hash_value);
    transparent_crc(g_2700, "g_2700", print_hash_value);
    transparent_crc(g_2720.f0, "g_2720.f0", print_hash_value);
    transparent_crc(g_2720.f1, "g_2720.f1", print_hash_value);
    transparent_crc(g_2720.f2, "g_2720.f2", print_hash_value);
    transparent_crc(g_2720.f3, "g_2720.f3", print_hash_value);
    transparent_crc(g_2720.f4, "g_2720.f4", print_hash_value);
    transparent_crc(g_2720.f5, "g_2720.f5", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
