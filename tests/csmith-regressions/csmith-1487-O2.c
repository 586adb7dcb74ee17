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
static int32_t g_3[9] = {0xC184C506L,0xC184C506L,0xC184C506L,0xC184C506L,0xC184C506L,0xC184C506L,0xC184C506L,0xC184C506L,0xC184C506L};
static int32_t *g_5 = (void*)0;
static int32_t g_55 = 0x69E7721CL;
static int32_t * const volatile g_54 = &g_55;
static volatile int32_t g_77 = 0x041AC573L;
static int32_t g_78 = 0x8B3027FEL;
static volatile int32_t g_81[8] = {0xFEC6B039L,1L,0xFEC6B039L,1L,0xFEC6B039L,1L,0xFEC6B039L,1L};
static int32_t g_82[4] = {0L,0L,0L,0L};
static int32_t g_86[3][1][2] = {{{(-5L),(-5L)}},{{(-5L),(-5L)}},{{(-5L),(-5L)}}};
static int32_t **g_95 = &g_5;
static int32_t *** volatile g_94[1][5] = {{&g_95,&g_95,&g_95,&g_95,&g_95}};
static int32_t g_108[10] = {0x66C839C7L,0x55039576L,0x55039576L,0x66C839C7L,0x55039576L,0x55039576L,0x66C839C7L,0x55039576L,0x55039576L,0x66C839C7L};
static int64_t g_110 = 0xF67138D59A4365C1LL;
static uint16_t g_112 = 0x033CL;
static const int32_t *g_118 = &g_82[3];
static uint64_t g_147 = 1UL;
static uint8_t g_163 = 0xDEL;
static uint8_t *g_190 = &g_163;
static uint8_t **g_189 = &g_190;
static uint8_t ***g_188 = &g_189;
static uint8_t **** volatile g_187 = &g_188;
static uint32_t g_210 = 0x5255F6B4L;
static int16_t g_212 = 0x6318L;
static int8_t g_248 = 0L;
static uint32_t g_281 = 1UL;
static int16_t g_284[6][5] = {{0x4C65L,0x4C65L,(-1L),(-1L),0x4C65L},{0x4484L,0xEEF7L,0x4484L,0xEEF7L,0x4484L},{0x4C65L,(-1L),(-1L),0x4C65L,0x4C65L},{(-1L),0xEEF7L,(-1L),0xEEF7L,(-1L)},{0x4C65L,0x4C65L,(-1L),(-1L),0x4C65L},{0x4484L,0xEEF7L,0x4484L,0xEEF7L,0x4484L}};
static uint8_t g_303[1] = {0UL};
static int16_t *g_374 = &g_212;
static int16_t **g_373 = &g_374;
static int16_t ***g_372 = &g_373;
static int16_t **** volatile g_371[3][6] = {{&g_372,&g_372,&g_372,&g_372,&g_372,&g_372},{&g_372,&g_372,&g_372,&g_372,&g_372,&g_372},{&g_372,&g_372,&g_372,&g_372,&g_372,&g_372}};
static int16_t **** volatile g_375[2][10][4] = {{{&g_372,&g_372,&g_372,&g_372},{&g_372,(void*)0,&g_372,&g_372},{&g_372,&g_372,(void*)0,&g_372},{&g_372,&g_372,&g_372,&g_372},{(void*)0,&g_372,&g_372,&g_372},{&g_372,(void*)0,&g_372,&g_372},{&g_372,&g_372,&g_372,&g_372},{&g_372,&g_372,&g_372,(void*)0},{(void*)0,&g_372,&g_372,&g_372},{&g_372,&g_372,(void*)0,(void*)0}},{{&g_372,&g_372,&g_372,&g_372},{&g_372,&g_372,&g_372,&g_372},{&g_372,(void*)0,&g_372,&g_372},{&g_372,&g_372,(void*)0,&g_372},{&g_372,&g_372,&g_372,&g_372},{(void*)0,&g_372,&g_372,&g_372},{&g_372,(void*)0,&g_372,&g_372},{&g_372,&g_372,&g_372,&g_372},{&g_372,&g_372,&g_372,(void*)0},{(void*)0,&g_372,&g_372,&g_372}}};
static int16_t **** volatile g_376 = &g_372;
static int32_t ***g_431 = &g_95;
static int32_t ****g_430 = &g_431;
static int32_t *g_451 = &g_108[0];
static int32_t * volatile * volatile g_450 = &g_451;
static const int16_t * const ***g_544 = (void*)0;
static uint64_t *g_592 = (void*)0;
static uint8_t g_607 = 5UL;
static uint32_t g_608 = 0UL;
static int32_t ** volatile g_654 = &g_5;
static uint16_t g_711[3][3][10] = {{{65528UL,65527UL,65528UL,65527UL,65528UL,65527UL,65528UL,65527UL,65528UL,65527UL},{65528UL,65527UL,65528UL,65527UL,65528UL,65527UL,65528UL,65527UL,65528UL,65527UL},{65528UL,65527UL,65528UL,65527UL,65528UL,65527UL,65528UL,65527UL,65528UL,65527UL}},{{65528UL,65527UL,65528UL,65527UL,65528UL,65527UL,65528UL,65527UL,65528UL,65527UL},{65528UL,65527UL,65528UL,65527UL,65528UL,65527UL,65528UL,65527UL,65528UL,65527UL},{65528UL,65527UL,65528UL,65527UL,65528UL,65527UL,65528UL,65527UL,65528UL,65527UL}},{{65528UL,65527UL,65528UL,65527UL,65528UL,65527UL,65528UL,65527UL,65528UL,65527UL},{65528UL,65527UL,65528UL,65527UL,65528UL,65527UL,65528UL,65527UL,65528UL,65527UL},{65528UL,65527UL,65528UL,65527UL,65528UL,65527UL,65528UL,65527UL,65528UL,65527UL}}};
static int32_t **g_715 = &g_451;
static int32_t ***g_714[6][7] = {{&g_715,&g_715,&g_715,(void*)0,&g_715,(void*)0,&g_715},{&g_715,&g_715,&g_715,(void*)0,&g_715,(void*)0,&g_715},{&g_715,&g_715,&g_715,(void*)0,&g_715,(void*)0,&g_715},{&g_715,&g_715,&g_715,(void*)0,&g_715,(void*)0,&g_715},{&g_715,&g_715,&g_715,(void*)0,&g_715,(void*)0,&g_715},{&g_715,&g_715,&g_715,(void*)0,&g_715,(void*)0,&g_715}};
static uint32_t *g_759 = &g_608;
static uint32_t ** volatile g_758[2] = {&g_759,&g_759};
static int32_t * const g_779 = (void*)0;
static int32_t * const *g_778 = &g_779;
static uint8_t ****g_796 = &g_188;
static int8_t g_824 = 0x9CL;
static const int32_t *g_844 = (void*)0;
static const int32_t ** volatile g_843 = &g_844;
static uint32_t ***g_907 = (void*)0;
static uint64_t **g_911 = &g_592;
static uint64_t ***g_910 = &g_911;
static int64_t g_915 = 0x5EA604074B2349FBLL;
static volatile int16_t g_1025 = 0x5005L;
static int64_t *g_1035[3] = {&g_110,&g_110,&g_110};
static uint32_t *g_1139 = (void*)0;
static uint32_t **g_1138 = &g_1139;
static uint32_t *** volatile g_1137 = &g_1138;
static int32_t g_1167 = 0xEFD5B752L;
static uint32_t g_1168 = 0UL;
static volatile int32_t g_1225 = 0x5D7F7671L;
static volatile int32_t *g_1224 = &g_1225;
static volatile int32_t * volatile *g_1223 = &g_1224;
static volatile int32_t * volatile **g_1222 = &g_1223;
static volatile int32_t * volatile ** volatile *g_1221[3] = {&g_1222,&g_1222,&g_1222};
static volatile int32_t * volatile ** volatile * volatile *g_1220 = &g_1221[1];
static const int32_t g_1266 = 0L;
static int64_t ***g_1272 = (void*)0;
static int64_t ****g_1271[6] = {(void*)0,&g_1272,&g_1272,(void*)0,&g_1272,&g_1272};
static int64_t ***** const volatile g_1270 = &g_1271[5];
static uint64_t g_1453 = 18446744073709551615UL;
static int16_t ** const * const *g_1459[1] = {(void*)0};
static int32_t **g_1486 = (void*)0;
static volatile int32_t *g_1487 = &g_77;
static int32_t **g_1631[1] = {&g_5};
static int32_t **g_1636 = (void*)0;
static int32_t *****g_1720 = &g_430;
static int64_t g_1758 = 1L;
static int64_t * const g_1757 = &g_1758;
static int64_t * const *g_1756 = &g_1757;
static int64_t * const **g_1755 = &g_1756;
static int64_t * const ***g_1754[6] = {&g_1755,&g_1755,&g_1755,&g_1755,&g_1755,&g_1755};
static uint64_t ****g_1777 = &g_910;
static uint64_t ***** volatile g_1776 = &g_1777;
static volatile uint32_t g_1855 = 18446744073709551615UL;
static uint32_t ***g_1862 = &g_1138;
static uint32_t ****g_1861 = &g_1862;
static uint32_t *****g_1860 = &g_1861;
static int32_t *g_2023[8] = {&g_78,&g_78,(void*)0,&g_78,&g_78,(void*)0,&g_78,&g_78};
static uint64_t g_2032 = 0x6780ACF0B2C6A1FALL;
static int8_t g_2036 = (-7L);
static uint64_t g_2037 = 0x6AA5F60C04A6EDFALL;
static uint32_t g_2039[3][2] = {{0x13E6B558L,0x13E6B558L},{0x13E6B558L,0x13E6B558L},{0x13E6B558L,0x13E6B558L}};
static volatile int32_t ** volatile g_2082[10][7][3] = {{{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{(void*)0,&g_1487,&g_1487},{&g_1487,(void*)0,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,(void*)0}},{{&g_1487,&g_1487,&g_1487},{(void*)0,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,(void*)0},{(void*)0,&g_1487,(void*)0}},{{(void*)0,(void*)0,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,(void*)0},{(void*)0,(void*)0,&g_1487}},{{(void*)0,(void*)0,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{(void*)0,&g_1487,&g_1487},{&g_1487,(void*)0,&g_1487}},{{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{(void*)0,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,(void*)0}},{{(void*)0,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,(void*)0},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487}},{{&g_1487,(void*)0,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{(void*)0,(void*)0,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{(void*)0,&g_1487,&g_1487}},{{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{(void*)0,&g_1487,&g_1487}},{{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,(void*)0},{(void*)0,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,(void*)0},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487}},{{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,(void*)0,&g_1487},{&g_1487,&g_1487,&g_1487},{&g_1487,&g_1487,&g_1487},{(void*)0,(void*)0,&g_1487},{&g_1487,&g_1487,&g_1487}}};
static volatile int32_t ** volatile *g_2081[9][4] = {{&g_2082[7][6][2],&g_2082[7][6][2],&g_2082[7][6][2],&g_2082[7][5][1]},{&g_2082[7][6][2],&g_2082[7][6][2],&g_2082[9][1][1],&g_2082[7][6][2]},{&g_2082[7][6][2],&g_2082[7][5][1],&g_2082[7][6][2],&g_2082[7][6][2]},{&g_2082[7][6][2],&g_2082[7][6][2],&g_2082[7][6][2],&g_2082[7][5][1]},{&g_2082[7][6][2],&g_2082[7][6][2],&g_2082[9][1][1],&g_2082[7][6][2]},{&g_2082[7][6][2],&g_2082[7][5][1],&g_2082[7][6][2],&g_2082[7][6][2]},{&g_2082[7][6][2],&g_2082[7][6][2],&g_2082[7][6][2],&g_2082[7][5][1]},{&g_2082[7][6][2],&g_2082[7][6][2],&g_2082[9][1][1],&g_2082[7][6][2]},{&g_2082[7][6][2],&g_2082[7][5][1],&g_2082[7][6][2],&g_2082[7][6][2]}};
static volatile int32_t ** volatile * volatile *g_2080 = &g_2081[8][2];
static volatile int32_t ** volatile * volatile * const * volatile g_2079 = &g_2080;
static int64_t * const **** volatile g_2127 = &g_1754[5];
static uint64_t *****g_2261 = (void*)0;
static uint32_t * volatile ** const volatile * volatile g_2296 = (void*)0;
static uint32_t * volatile ** const volatile * volatile *g_2295 = &g_2296;
static int32_t g_2301 = 0xBF8FA74AL;
static uint16_t g_2431 = 0x99ADL;
static const int32_t ** volatile g_2460[8][2] = {{(void*)0,(void*)0},{&g_844,(void*)0},{(void*)0,(void*)0},{&g_844,(void*)0},{(void*)0,(void*)0},{&g_844,(void*)0},{(void*)0,(void*)0},{&g_844,(void*)0}};
static int16_t g_2464 = 0x91DEL;
static int32_t ****g_2564 = (void*)0;
static int8_t g_2589 = 1L;
static uint8_t **g_2611 = &g_190;
static uint8_t *** const g_2610 = &g_2611;
static uint8_t *** const *g_2609[10] = {&g_2610,(void*)0,&g_2610,(void*)0,&g_2610,&g_2610,(void*)0,&g_2610,(void*)0,&g_2610};
static int64_t g_2669 = 0xC92F31237E01DA99LL;
static const int32_t ** volatile g_2682 = (void*)0;
static const int32_t ** volatile g_2683 = (void*)0;
static uint8_t g_2685 = 0x6EL;
static int32_t func_1(void);
static const int32_t * func_6(int32_t p_7, uint8_t p_8, int32_t * p_9);
static uint64_t func_12(int64_t p_13, uint64_t p_14, int16_t p_15, uint32_t p_16);
static int64_t func_26(uint32_t p_27, int32_t ** p_28, int32_t ** p_29, int32_t * p_30);
static int32_t ** func_31(int32_t * p_32, uint8_t p_33, int32_t * const * p_34, uint32_t p_35);
static int32_t * func_36(uint8_t p_37, int32_t ** p_38, int32_t * p_39, int32_t * const * p_40, uint64_t p_41);
static int32_t * func_44(int16_t p_45);
static uint32_t func_56(uint32_t p_57, int32_t * p_58, uint8_t p_59, int64_t p_60);
static uint16_t func_65(int8_t p_66, uint8_t p_67, int64_t p_68);
static int16_t func_69(uint32_t p_70);
static int32_t func_1(void)
{
    int32_t *l_2 = &g_3[6];
    int32_t **l_4[10] = {&l_2,&l_2,&l_2,&l_2,&l_2,&l_2,&l_2,&l_2,&l_2,&l_2};
    uint32_t l_23 = 0x95ED7C6AL;
    uint64_t l_46[5] = {1UL,1UL,1UL,1UL,1UL};
    int32_t * const *l_829[5][9][1] = {{{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2}},{{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2}},{{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2}},{{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2}},{{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2},{&l_2}}};
    int32_t *l_1637 = &g_3[1];
    int16_t *l_2463[1][9][3] = {{{&g_2464,&g_2464,&g_2464},{&g_2464,&g_2464,&g_2464},{&g_2464,&g_2464,&g_2464},{&g_2464,&g_2464,&g_2464},{&g_2464,&g_2464,&g_2464},{&g_2464,&g_2464,&g_2464},{&g_2464,&g_2464,&g_2464},{&g_2464,&g_2464,&g_2464},{&g_2464,&g_2464,&g_2464}}};
    int32_t *l_2465[4][3];
    const int32_t **l_2684 = &g_844;
    int i, j, k;
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 3; j++)
            l_2465[i][j] = (void*)0;
    }
    g_5 = l_2;
    (*g_5) = (*g_5);
    (*l_2684) = func_6((safe_rshift_func_uint16_t_u_s((*l_2), (g_2464 |= (((**g_1756) = (func_12((safe_mul_func_int8_t_s_s((safe_rshift_func_int8_t_s_u((safe_lshift_func_int8_t_s_u(l_23, 4)), 2)), 0L)), ((safe_add_func_uint16_t_u_u((((***g_1755) = func_26(g_3[6], func_31(((**g_431) = func_36((safe_mul_func_int16_t_s_s(g_3[6], (*l_2))), &l_2, func_44((l_46[3] , (-4L))), (*g_431), (*l_2))), (*l_2), l_829[4][2][0], (*l_2)), (*g_431), l_1637)) || (*l_2)), g_2037)) , (*l_1637)), g_108[3], (*l_1637)) >= g_2036)) & (-9L))))), g_3[0], l_2465[0][0]);
    return g_2685;
}
static const int32_t * func_6(int32_t p_7, uint8_t p_8, int32_t * p_9)
{
    const uint8_t l_2499 = 0xA0L;
    int32_t l_2507 = (-3L);
    int32_t l_2509 = 0xE881EA7AL;
    int32_t l_2510 = 0xE1F836BFL;
    int32_t l_2511[8][8][4] = {{{0x49024B7AL,0L,0x5F705220L,6L},{1L,0L,9L,6L},{9L,0x5F705220L,0L,0x5AC61B89L},{9L,1L,(-10L),1L},{1L,6L,0x5AC61B89L,0x49024B7AL},{0xE276FF74L,0x5AC61B89L,4L,0L},{1L,0x500355CFL,(-10L),(-1L)},{1L,4L,4L,0xBE378BC9L}},{{0xE276FF74L,(-1L),0x5AC61B89L,0L},{1L,(-8L),(-10L),0L},{9L,4L,0L,9L},{9L,9L,9L,9L},{1L,0x04350C7BL,0x5F705220L,0x6C11A081L},{0x49024B7AL,1L,0x500355CFL,0x6FC9603BL},{0xBE378BC9L,0L,9L,0x6FC9603BL},{6L,1L,1L,0x6C11A081L}},{{(-8L),0x04350C7BL,0xBE378BC9L,9L},{0L,9L,6L,9L},{(-1L),4L,0x04350C7BL,0L},{0xD90661D1L,(-8L),0xD90661D1L,0L},{(-10L),(-1L),(-8L),0xBE378BC9L},{0L,4L,9L,(-1L)},{0x5F705220L,0x500355CFL,9L,0L},{0L,0x5AC61B89L,(-8L),0x49024B7AL}},{{(-10L),6L,0xD90661D1L,1L},{0xD90661D1L,1L,0x04350C7BL,0x5AC61B89L},{(-1L),0x5F705220L,6L,6L},{0L,0L,0xBE378BC9L,0xE276FF74L},{9L,0x500355CFL,0x9C4CCA3FL,1L},{0xE276FF74L,0L,9L,0x9C4CCA3FL},{0L,0L,(-8L),1L},{0L,0x500355CFL,6L,0xE276FF74L}},{{0x5AC61B89L,0xD2405D24L,1L,0x04350C7BL},{9L,6L,9L,0x6FC9603BL},{1L,0x5F705220L,4L,0x5F705220L},{0x9C4CCA3FL,0xE276FF74L,0x6FC9603BL,0L},{0xBE378BC9L,0x6FC9603BL,0x49024B7AL,0x6C11A081L},{0x5F705220L,(-8L),6L,1L},{0x5F705220L,0L,0x49024B7AL,0L},{0xBE378BC9L,1L,0x6FC9603BL,0x500355CFL}},{{0x9C4CCA3FL,9L,4L,9L},{1L,0x49024B7AL,9L,(-10L)},{9L,1L,1L,9L},{0x5AC61B89L,1L,6L,(-1L)},{0L,(-10L),(-8L),1L},{0L,9L,9L,1L},{0xE276FF74L,(-10L),0x9C4CCA3FL,(-1L)},{9L,1L,0L,9L}},{{0xD2405D24L,1L,0x04350C7BL,(-10L)},{1L,0x49024B7AL,1L,9L},{0L,9L,0L,0x500355CFL},{4L,1L,9L,0L},{0x6C11A081L,0L,(-10L),1L},{6L,(-8L),(-10L),0x6C11A081L},{0x6C11A081L,0x6FC9603BL,9L,0L},{4L,0xE276FF74L,0L,0x5F705220L}},{{0L,0x5F705220L,1L,0x6FC9603BL},{1L,6L,0x04350C7BL,0x04350C7BL},{0xD2405D24L,0xD2405D24L,0L,0xE276FF74L},{9L,0x500355CFL,0x9C4CCA3FL,1L},{0xE276FF74L,0L,9L,0x9C4CCA3FL},{0L,0L,(-8L),1L},{0L,0x500355CFL,6L,0xE276FF74L},{0x5AC61B89L,0xD2405D24L,1L,0x04350C7BL}}};
    uint32_t l_2512 = 0UL;
    uint32_t *l_2519[8] = {&g_2039[0][1],&g_2039[2][1],&g_2039[0][1],&g_2039[0][1],&g_2039[2][1],&g_2039[0][1],&g_2039[0][1],&g_2039[2][1]};
    int16_t ****l_2543 = &g_372;
    int64_t **l_2577 = &g_1035[1];
    int32_t l_2584 = 0x6888C05FL;
    uint16_t l_2590 = 0x1424L;
    uint16_t l_2592[1];
    uint8_t *** const *l_2608 = (void*)0;
    int32_t *l_2674 = &g_86[1][0][1];
    int32_t *l_2675 = &l_2507;
    int32_t *l_2676 = &g_2301;
    int32_t *l_2677[2];
    int64_t l_2678[3][3][7] = {{{0L,(-1L),0L,0x6CCFFFF4A5B1CB5ALL,0x4F0DF438B3DC72B9LL,0L,(-1L)},{0x6639DBE0F00340A8LL,(-1L),0L,0x4F0DF438B3DC72B9LL,0x6CCFFFF4A5B1CB5ALL,0L,(-1L)},{0L,(-1L),3L,0x6CCFFFF4A5B1CB5ALL,0x6CCFFFF4A5B1CB5ALL,3L,(-1L)}},{{0L,(-1L),0L,0x6CCFFFF4A5B1CB5ALL,0x4F0DF438B3DC72B9LL,0L,(-1L)},{0x6639DBE0F00340A8LL,(-1L),0L,0x4F0DF438B3DC72B9LL,0x6CCFFFF4A5B1CB5ALL,0L,(-1L)},{0L,(-1L),3L,0x6639DBE0F00340A8LL,0x6639DBE0F00340A8LL,0x6CCFFFF4A5B1CB5ALL,0xD40608D77E45F497LL}},{{0x0B8B5409C4288069LL,0x7D8400D46969C680LL,(-6L),0x6639DBE0F00340A8LL,0L,(-6L),0xD40608D77E45F497LL},{0xE79E7529FD8B6E16LL,0xD40608D77E45F497LL,(-6L),0L,0x6639DBE0F00340A8LL,(-6L),0x7D8400D46969C680LL},{0x0B8B5409C4288069LL,0xD40608D77E45F497LL,0x6CCFFFF4A5B1CB5ALL,0x6639DBE0F00340A8LL,0x6639DBE0F00340A8LL,0x6CCFFFF4A5B1CB5ALL,0xD40608D77E45F497LL}}};
    uint32_t l_2679 = 0x417655FDL;
    int i, j, k;
    for (i = 0; i < 1; i++)
        l_2592[i] = 65531UL;
    for (i = 0; i < 2; i++)
        l_2677[i] = &g_78;
    for (g_1167 = 0; (g_1167 <= 19); ++g_1167)
    {
        int16_t * const l_2490[3][6][1] = {{{&g_284[0][1]},{&g_2464},{&g_284[0][1]},{&g_2464},{&g_284[0][1]},{&g_2464}},{{&g_284[0][1]},{&g_2464},{&g_284[0][1]},{&g_2464},{&g_284[0][1]},{&g_2464}},{{&g_284[0][1]},{&g_2464},{&g_284[0][1]},{&g_2464},{&g_284[0][1]},{&g_2464}}};
        int32_t l_2498 = 0xF7073549L;
        int32_t *l_2508[4];
        const uint32_t *l_2539 = &g_2039[1][0];
        const uint32_t ** const l_2538 = &l_2539;
        int i, j, k;
        for (i = 0; i < 4; i++)
            l_2508[i] = &g_82[2];
        for (g_607 = 0; (g_607 != 8); g_607 = safe_add_func_int64_t_s_s(g_607, 8))
        {
            uint32_t l_2477[10][7][3] = {{{4294967295UL,4UL,0x15C47ABEL},{0x5C65EB62L,7UL,0x15B1D915L},{0x4961C1CCL,0xC95C5D00L,4UL},{0xC95C5D00L,4294967295UL,0UL},{0x2CE41FC7L,0xF34627D4L,0xE106ED31L},{0x2CE41FC7L,0x743CD8D7L,0x4961C1CCL},{0xC95C5D00L,0xEECA001AL,0xD9E1A7EAL}},{{0x4961C1CCL,0UL,4UL},{0x5C65EB62L,0x5C65EB62L,0xDC14FE9CL},{4294967295UL,0x64F655B7L,0UL},{0UL,0UL,0x123EC837L},{0xFE2E2A71L,0x4D6A5DCCL,4294967295UL},{4294967295UL,0UL,0x123EC837L},{4UL,0x641CF9FCL,0UL}},{{0x8D08F60DL,4UL,0xDC14FE9CL},{4294967288UL,0x2CE41FC7L,4UL},{1UL,0UL,0xD9E1A7EAL},{0x15B1D915L,0x60D04652L,0x4961C1CCL},{0UL,4294967291UL,0xE106ED31L},{0xD9E1A7EAL,4294967291UL,0UL},{0xE8A3BFF2L,0x60D04652L,4UL}},{{0x123EC837L,0UL,0x15B1D915L},{0x15C47ABEL,0x2CE41FC7L,0x15C47ABEL},{0x743CD8D7L,4UL,4294967288UL},{7UL,0x641CF9FCL,0UL},{0x60D04652L,0UL,0UL},{4294967295UL,0x4D6A5DCCL,0x04547599L},{0x60D04652L,0UL,0xBFB6B4A2L}},{{7UL,0x64F655B7L,0x4D6A5DCCL},{0x743CD8D7L,0x5C65EB62L,7UL},{0x15C47ABEL,0UL,0UL},{0x123EC837L,0xEECA001AL,0xF34627D4L},{0xE8A3BFF2L,0x743CD8D7L,4294967288UL},{0xD9E1A7EAL,0xF34627D4L,4294967288UL},{0UL,4294967295UL,0xF34627D4L}},{{0x15B1D915L,0xC95C5D00L,0UL},{1UL,7UL,7UL},{4294967288UL,4UL,0x4D6A5DCCL},{0x8D08F60DL,4294967288UL,0xBFB6B4A2L},{4UL,0UL,0x04547599L},{4294967295UL,4294967295UL,0UL},{0xFE2E2A71L,0UL,0UL}},{{0UL,4294967288UL,4294967288UL},{4294967295UL,4UL,0x15C47ABEL},{0x5C65EB62L,7UL,0x15B1D915L},{0x4961C1CCL,0xC95C5D00L,4UL},{0xC95C5D00L,4294967295UL,0UL},{0x2CE41FC7L,0xF34627D4L,0xE106ED31L},{0x2CE41FC7L,0x743CD8D7L,0x4961C1CCL}},{{0x15C47ABEL,0x641CF9FCL,0x743CD8D7L},{0x2E694C05L,0UL,4294967295UL},{0xEECA001AL,0xEECA001AL,0xE8A3BFF2L},{0x04547599L,0xD9E1A7EAL,4294967295UL},{0x60D04652L,4294967295UL,0UL},{0xC95C5D00L,0x8D08F60DL,0x09B0CDC4L},{0x09B0CDC4L,0x60D04652L,0UL}},{{4294967295UL,0UL,4294967295UL},{0x6379E6B5L,0xBFB6B4A2L,0xE8A3BFF2L},{0x15B1D915L,1UL,4294967295UL},{0x4961C1CCL,4294967290UL,0x743CD8D7L},{0UL,7UL,0x2E694C05L},{4294967295UL,0UL,0xDC14FE9CL},{0x743CD8D7L,0UL,0UL}},{{4294967288UL,7UL,0xBFB6B4A2L},{0UL,4294967290UL,0UL},{4UL,1UL,4UL},{0x4D6A5DCCL,0xBFB6B4A2L,4294967291UL},{0UL,0UL,4294967295UL},{7UL,0x60D04652L,4294967290UL},{0x64F655B7L,0x8D08F60DL,0xF34627D4L}}};
            int8_t l_2483 = 2L;
            int16_t *l_2489 = (void*)0;
            int32_t l_2500 = 1L;
            int i, j, k;
            for (g_2431 = 0; (g_2431 >= 42); g_2431++)
            {
                int32_t l_2476[1];
                int i;
                for (i = 0; i < 1; i++)
                    l_2476[i] = 0L;
                for (g_824 = 0; (g_824 <= 5); g_824 += 1)
                {
                    uint64_t l_2478 = 18446744073709551615UL;
                    int16_t ****l_2480 = (void*)0;
                    int16_t *****l_2479[8] = {&l_2480,&l_2480,&l_2480,&l_2480,&l_2480,&l_2480,&l_2480,&l_2480};
                    const int32_t *l_2484 = &g_82[3];
                    int i;
                    (*g_1487) = ((safe_add_func_uint64_t_u_u((safe_mod_func_int32_t_s_s((((**g_1756) = 0xCF6E19BD86A01D58LL) , (l_2477[5][3][0] &= (l_2476[0] = 1L))), l_2478)), ((l_2479[5] != (void*)0) || p_8))) < (((p_8 || (safe_lshift_func_int8_t_s_u(0L, 2))) < l_2483) >= p_7));
                    return l_2484;
                }
            }
            for (g_163 = 0; (g_163 == 49); g_163 = safe_add_func_uint8_t_u_u(g_163, 8))
            {
                uint64_t l_2495 = 0xC767B023839C7493LL;
                l_2500 ^= (safe_lshift_func_int16_t_s_u(((p_8 , 18446744073709551611UL) , ((l_2489 == l_2490[0][0][0]) ^ (((-1L) != (safe_mod_func_uint64_t_u_u((((safe_sub_func_uint16_t_u_u((l_2483 < ((l_2495 , 0x0C18L) || (safe_div_func_int16_t_s_s(((*g_430) == (**g_2079)), p_7)))), l_2498)) >= p_7) < l_2495), l_2499))) == 5UL))), 8));
            }
            for (g_281 = 28; (g_281 <= 41); ++g_281)
            {
                (*g_1487) &= (safe_lshift_func_int8_t_s_u((p_7 || (l_2507 = (safe_rshift_func_uint8_t_u_u(250UL, 7)))), 2));
            }
        }
        l_2512--;
        for (g_2032 = 0; (g_2032 < 40); g_2032++)
        {
            int64_t l_2520 = 0L;
            int32_t l_2526 = 1L;
            uint32_t l_2540 = 0x53CB9E1FL;
            int32_t ****l_2561 = &g_714[1][6];
            int32_t ****l_2563[6][4] = {{&g_714[1][6],(void*)0,&g_714[1][6],(void*)0},{&g_714[1][6],(void*)0,&g_714[1][6],(void*)0},{&g_714[1][6],(void*)0,&g_714[1][6],(void*)0},{&g_714[1][6],(void*)0,&g_714[1][6],(void*)0},{&g_714[1][6],(void*)0,&g_714[1][6],(void*)0},{&g_714[1][6],(void*)0,&g_714[1][6],(void*)0}};
            uint16_t *l_2566[2][7][3] = {{{&g_2431,&g_2431,&g_711[1][2][0]},{&g_711[2][2][9],&g_711[2][2][9],&g_711[2][2][7]},{&g_2431,&g_2431,&g_711[1][2][0]},{&g_711[2][2][9],&g_711[2][2][9],&g_711[2][2][7]},{&g_2431,&g_2431,&g_711[1][2][0]},{&g_711[2][2][9],&g_711[2][2][9],&g_711[2][2][7]},{&g_2431,&g_2431,&g_711[1][2][0]}},{{&g_711[2][2][9],&g_711[2][2][9],&g_711[2][2][7]},{&g_2431,&g_2431,&g_711[1][2][0]},{&g_711[2][2][9],&g_711[2][2][9],&g_711[2][2][7]},{&g_2431,&g_2431,&g_711[1][2][0]},{&g_711[2][2][9],&g_711[2][2][9],&g_711[2][2][7]},{&g_2431,&g_2431,&g_711[1][2][0]},{&g_711[2][2][9],&g_711[2][2][9],&g_711[2][2][7]}}};
            int32_t l_2591[9][4][3] = {{{0x1F3727B0L,0xEA3E293BL,3L},{(-2L),(-2L),(-2L)},{(-4L),0L,0x19A00E81L},{1L,0L,0xD6846D41L}},{{0xEA3E293BL,(-2L),(-1L)},{0xB92A9F23L,0xEA3E293BL,0xEA3E293BL},{0xEA3E293BL,0xBCCD2FC2L,0x1F3727B0L},{1L,3L,0x1F3727B0L}},{{(-4L),0x1F3727B0L,0xEA3E293BL},{(-2L),0xD6846D41L,(-1L)},{0x1F3727B0L,0x1F3727B0L,0xD6846D41L},{(-2L),3L,0x19A00E81L}},{{(-2L),0xBCCD2FC2L,(-2L)},{0x1F3727B0L,0xEA3E293BL,3L},{(-2L),(-2L),(-2L)},{(-4L),0L,0x19A00E81L}},{{1L,0L,0xD6846D41L},{0xEA3E293BL,(-2L),(-1L)},{0x1F3727B0L,0xB92A9F23L,0xB92A9F23L},{0xB92A9F23L,0x19A00E81L,0xD6846D41L}},{{(-2L),0xEA3E293BL,0xD6846D41L},{0L,0xD6846D41L,0xB92A9F23L},{3L,(-2L),1L},{0xD6846D41L,0xD6846D41L,(-2L)}},{{(-4L),0xEA3E293BL,(-1L)},{(-4L),0x19A00E81L,3L},{0xD6846D41L,0xB92A9F23L,0xEA3E293BL},{3L,(-4L),3L}},{{0L,0xBCCD2FC2L,(-1L)},{(-2L),0xBCCD2FC2L,(-2L)},{0xB92A9F23L,(-4L),1L},{0x1F3727B0L,0xB92A9F23L,0xB92A9F23L}},{{0xB92A9F23L,0x19A00E81L,0xD6846D41L},{(-2L),0xEA3E293BL,0xD6846D41L},{0L,0xD6846D41L,0xB92A9F23L},{3L,(-2L),1L}}};
            int i, j, k;
            for (l_2512 = 0; (l_2512 <= 60); l_2512 = safe_add_func_int16_t_s_s(l_2512, 6))
            {
                int64_t l_2531 = 0x777DDB8EC8C7DFA0LL;
                int16_t ****l_2544[1];
                int32_t l_2548[5][3] = {{0x4ABB9B91L,0x4ABB9B91L,0x6815FF81L},{0x9FA56181L,0x9FA56181L,0x458B7C67L},{0x4ABB9B91L,0x4ABB9B91L,0x6815FF81L},{0x9FA56181L,0x9FA56181L,0x458B7C67L},{0x4ABB9B91L,0x4ABB9B91L,0x6815FF81L}};
                int i, j;
                for (i = 0; i < 1; i++)
                    l_2544[i] = &g_372;
            }
            (*g_1487) = (&g_112 != l_2566[1][2][0]);
            l_2591[6][0][0] |= ((safe_unary_minus_func_uint64_t_u((safe_div_func_uint8_t_u_u((safe_mul_func_int16_t_s_s((~(0x18L ^ 246UL)), (!((safe_mod_func_int64_t_s_s((!(l_2577 == (*g_1755))), (((l_2526 != (g_2032 >= ((safe_lshift_func_int16_t_s_u((safe_mod_func_int16_t_s_s((((g_2589 = (safe_mod_func_int32_t_s_s(p_8, (((l_2584 > (safe_mul_func_uint8_t_u_u((safe_add_func_uint32_t_u_u(l_2526, 4294967295UL)), l_2511[0][1][3]))) ^ p_7) && l_2540)))) < 0UL) < l_2509), g_2032)), g_108[9])) ^ 1L))) && p_8) ^ (-1L)))) != l_2511[7][2][3])))), 255UL)))) & l_2590);
            l_2592[0]--;
        }
    }
    for (g_163 = 0; (g_163 <= 2); g_163 += 1)
    {
        uint32_t l_2598[3][10] = {{4294967295UL,0UL,4294967295UL,2UL,0UL,4294967292UL,0UL,2UL,4294967295UL,0UL},{4294967295UL,1UL,0x4B41A18EL,2UL,1UL,0xADB9BABAL,0UL,0x4B41A18EL,0x4B41A18EL,0UL},{0xADB9BABAL,0UL,0x4B41A18EL,0x4B41A18EL,0UL,0xADB9BABAL,1UL,2UL,0x4B41A18EL,1UL}};
        int64_t ***** const l_2614 = &g_1271[1];
        int32_t l_2646[5] = {0x348B5250L,0x348B5250L,0x348B5250L,0x348B5250L,0x348B5250L};
        int32_t l_2667 = 0x53104D5CL;
        uint16_t l_2671 = 65535UL;
        int i, j;
        (****g_1720) = &l_2510;
        (**g_431) = &l_2510;
        for (g_55 = 2; (g_55 >= 0); g_55 -= 1)
        {
            uint32_t l_2595 = 0x773235E0L;
            uint8_t ****l_2616 = &g_188;
            uint64_t *l_2634 = &g_2032;
            int32_t l_2657 = 1L;
            int32_t l_2661 = 0x01E9A5BDL;
            int32_t l_2663 = 0xF486705CL;
            int32_t l_2665[3][3][10] = {{{0x4D21402CL,0x005599F8L,(-5L),0xE9C8482EL,0x005599F8L,1L,0L,7L,0xE9C8482EL,6L},{1L,0xE51303D2L,(-9L),7L,0x65276CBAL,0L,0x65276CBAL,7L,(-9L),0xE51303D2L},{0L,0L,(-5L),0L,0xB7EBC46DL,1L,0x65276CBAL,(-5L),0x08D93545L,0x65276CBAL}},{{0x4D21402CL,0xE51303D2L,0x08D93545L,0xE9C8482EL,0xE51303D2L,1L,0L,0L,(-5L),6L},{0L,0x005599F8L,(-9L),0L,0xE51303D2L,0L,0x005599F8L,0L,(-9L),0x65276CBAL},{1L,0L,0xE9C8482EL,0L,0xB7EBC46DL,1L,0xE51303D2L,(-5L),(-5L),0xE51303D2L}},{{0x4D21402CL,0x65276CBAL,0xE9C8482EL,0xE9C8482EL,0x65276CBAL,0x4D21402CL,0L,0L,0x08D93545L,6L},{0x3B217493L,0x65276CBAL,(-9L),0L,0x005599F8L,0L,0xE51303D2L,0L,(-9L),0x005599F8L},{0x3B217493L,0L,0x08D93545L,7L,0xB7EBC46DL,0x4D21402CL,0x005599F8L,0xFF1F7D47L,(-9L),1L}}};
            int i, j, k;
            ++l_2595;
            for (g_1167 = 0; (g_1167 >= 0); g_1167 -= 1)
            {
                int64_t *****l_2615 = &g_1271[1];
                int32_t l_2617 = 0x47B4517EL;
                int32_t l_2631 = 6L;
                int32_t l_2662 = 9L;
                int32_t l_2664 = 0xD9D1F99BL;
                int32_t l_2666 = 0xB44387E8L;
                int32_t l_2668 = 0xB08A4607L;
                int32_t l_2670[5] = {0xCAE5FA1DL,0xCAE5FA1DL,0xCAE5FA1DL,0xCAE5FA1DL,0xCAE5FA1DL};
                int i, j;
                (*g_1487) = ((*g_5) &= ((((l_2598[0][2] <= (safe_add_func_uint32_t_u_u((safe_add_func_int32_t_s_s(0x0FCF4C61L, l_2595)), (safe_mul_func_int16_t_s_s((((l_2617 = (safe_add_func_uint16_t_u_u(((!p_8) > ((g_2609[5] = l_2608) == (((((safe_sub_func_int8_t_s_s((l_2614 != l_2615), (p_8 > l_2592[0]))) > l_2592[0]) == l_2511[7][2][3]) <= p_7) , l_2616))), 0L))) , (*l_2615)) == (*g_1270)), l_2512))))) == 0xB74991E248C8C459LL) ^ p_7) == 18446744073709551615UL));
                for (g_78 = 0; (g_78 != 12); ++g_78)
                {
                    uint8_t l_2620 = 1UL;
                    int32_t *l_2632 = &g_108[1];
                    const uint64_t *l_2633 = (void*)0;
                    uint16_t *l_2637 = &g_711[2][2][7];
                    uint64_t *** const *l_2640 = &g_910;
                    int32_t *l_2642 = (void*)0;
                    int32_t *l_2643 = &g_2301;
                    int32_t *l_2644 = &l_2509;
                    int32_t *l_2645 = &l_2507;
                    int32_t l_2647 = (-1L);
                    int32_t *l_2648 = (void*)0;
                    int32_t *l_2649 = &l_2509;
                    int32_t l_2650 = 1L;
                    int32_t *l_2651 = &l_2646[3];
                    int32_t *l_2652 = &l_2646[3];
                    int32_t *l_2653 = &l_2631;
                    int32_t *l_2654 = &l_2507;
                    int32_t *l_2655 = &g_3[6];
                    int32_t *l_2656 = &l_2511[7][5][0];
                    int32_t *l_2658 = &l_2646[3];
                    int32_t *l_2659 = &l_2510;
                    int32_t *l_2660[1];
                    int i;
                    for (i = 0; i < 1; i++)
                        l_2660[i] = &g_2301;
                    if (l_2620)
                        break;
                    (*****g_1720) = ((((safe_add_func_uint16_t_u_u(((*l_2637) |= ((((((safe_rshift_func_uint8_t_u_s(l_2592[0], 1)) , 0xB7C3847FEAD80EDCLL) <= (((((~((~(safe_sub_func_int8_t_s_s(0xF0L, (l_2631 = (***g_2610))))) <= (((*l_2632) = (-3L)) , (l_2633 != l_2634)))) & (safe_lshift_func_uint16_t_u_s(l_2592[0], 7))) == (l_2617 != l_2595)) | l_2598[2][7]) == p_8)) , p_7) ^ l_2617) , l_2595)), p_8)) < p_8) , l_2590) != 6UL);
                    for (l_2507 = 0; (l_2507 <= (-1)); l_2507--)
                    {
                        uint64_t *** const **l_2641 = &l_2640;
                        (*l_2641) = l_2640;
                        if (p_8)
                            break;
                    }
                    l_2671--;
                }
                if (l_2665[0][0][1])
                    break;
            }
        }
    }
    l_2679--;
    return p_9;
}
static uint64_t func_12(int64_t p_13, uint64_t p_14, int16_t p_15, uint32_t p_16)
{
    int64_t l_2438 = 0x819422B6A99605DBLL;
    uint32_t *l_2455 = &g_210;
    int64_t * const **l_2456 = (void*)0;
    const int32_t *l_2462 = &g_78;
    (*g_1487) = (safe_mul_func_int16_t_s_s(((safe_add_func_int64_t_s_s((p_13 &= (***g_1755)), ((((0x3A1FL && l_2438) || (safe_div_func_uint32_t_u_u((safe_div_func_uint16_t_u_u(((safe_mod_func_uint64_t_u_u((p_14++), (-1L))) != ((((*g_190) | ((((*l_2455) = (safe_sub_func_int64_t_s_s(p_15, ((((((safe_mod_func_uint32_t_u_u(((*g_759) = 0x41C05FA5L), (safe_add_func_int8_t_s_s((safe_add_func_uint32_t_u_u(((((**g_189) || (((p_15 || 0xE832L) != 0xB9FEB662L) , 1UL)) , 0xE813L) && 0UL), 0x6B46617FL)), 0x5FL)))) == l_2438) >= 6L) ^ g_1758) > 0xE32CE8EB2946C84ELL) && p_16)))) , p_15) > 0xA9BDD0B6L)) & 0xF16DL) == l_2438)), g_1025)), l_2438))) , (void*)0) == l_2456))) == g_82[3]), g_110));
    for (g_210 = 5; (g_210 > 28); ++g_210)
    {
        const int32_t *l_2459 = &g_86[2][0][1];
        const int32_t **l_2461[1][3][3];
        int i, j, k;
        for (i = 0; i < 1; i++)
        {
            for (j = 0; j < 3; j++)
            {
                for (k = 0; k < 3; k++)
                    l_2461[i][j][k] = &g_118;
            }
        }
        l_2462 = l_2459;
    }
    return (*l_2462);
}
static int64_t func_26(uint32_t p_27, int32_t ** p_28, int32_t ** p_29, int32_t * p_30)
{
    uint32_t ***l_1641 = (void*)0;
    uint32_t ***l_1642 = &g_1138;
    int32_t l_1646 = 0x3B7BB167L;
    int32_t l_1656 = 0L;
    int32_t l_1658 = 0x092E91AEL;
    int32_t l_1659 = 1L;
    int32_t l_1661[8];
    uint64_t l_1667 = 1UL;
    int32_t *****l_1682[1];
    const uint16_t l_1691 = 0x161AL;
    uint32_t **l_1697 = (void*)0;
    uint8_t l_1724 = 255UL;
    uint16_t l_1745 = 65535UL;
    int64_t ****l_1750 = &g_1272;
    int64_t * const *l_1753 = (void*)0;
    int64_t * const **l_1752 = &l_1753;
    int64_t * const ***l_1751 = &l_1752;
    const int16_t l_1768[10][5][5] = {{{1L,0x2F3DL,0x69D1L,1L,1L},{0L,0x1238L,0x40EBL,0x99BDL,0x3C2BL},{0xE676L,0x65B2L,(-4L),1L,(-2L)},{0L,0x4A19L,0xE676L,0L,0xD61EL},{0x2DCDL,0xD7FBL,0x1F7BL,0L,(-2L)}},{{(-2L),3L,0L,0x8583L,0L},{0xF15EL,3L,0x2ED8L,(-7L),0x69CFL},{0L,0xD7FBL,(-2L),(-1L),0L},{(-1L),0x4A19L,1L,0x2F3DL,0x1B9AL},{0x5434L,0x65B2L,0L,(-9L),(-5L)}},{{0x8AFDL,0x1238L,(-1L),0x661BL,0x69D1L},{0xFEA6L,0x2F3DL,0x3209L,0x3209L,0x2F3DL},{0xAEFCL,1L,0x1B9AL,0xC9D9L,0x1299L},{0x1B9AL,0L,1L,0x310FL,(-1L)},{0L,(-1L),3L,(-2L),0x40EBL}},{{0x1B9AL,0x52D6L,0x2DCDL,0x1238L,0xE875L},{0xAEFCL,0xFEA6L,(-1L),0x3638L,0x2C1BL},{0xFEA6L,0xB784L,0xBBA4L,0L,0x2CFEL},{0x8AFDL,0x3209L,0L,0xAEFCL,(-1L)},{0x5434L,(-2L),0x661BL,0xF15EL,0x1F7BL}},{{(-1L),0x7FE6L,0x3638L,1L,0x8583L},{0L,0x3638L,0xB59BL,1L,(-6L)},{0xF15EL,0x2CFEL,8L,(-1L),(-6L)},{(-2L),0xD61DL,0x99BDL,0x1299L,0x8583L},{0x2DCDL,0x1299L,(-1L),0xCCAAL,0x1F7BL}},{{0L,1L,0xCCAAL,0L,(-1L)},{0xE676L,0x8583L,(-1L),(-2L),0x2CFEL},{0L,0L,0x2F3DL,(-7L),0x2C1BL},{1L,0x3C2BL,0x3C2BL,1L,0xE875L},{0x69CFL,(-1L),0xACF0L,0xE875L,0x40EBL}},{{(-1L),0x1B9AL,(-7L),0x7FE6L,(-1L)},{0xFCCFL,0L,9L,0xE875L,0x1299L},{0x1299L,0xB59BL,0x2CFEL,1L,0x2F3DL},{0L,0x1F7BL,0x38CDL,(-7L),0x69D1L},{(-6L),1L,0x310FL,(-2L),(-5L)}},{{0x7FE6L,9L,(-5L),0L,0x1B9AL},{8L,0xFF96L,0L,0xD61DL,0L},{0L,0L,0x5434L,(-9L),(-1L)},{0x3209L,9L,0x2ED8L,0xD7FBL,(-6L)},{(-7L),0x1238L,0x2ED8L,0x1B9AL,9L}},{{0x52D6L,0x8583L,0x5434L,0xB59BL,0x3209L},{(-2L),(-1L),0L,0x40EBL,0xBBA4L},{0L,0xF830L,(-7L),0xF15EL,(-4L)},{0x4A19L,0x99BDL,1L,0L,0xFEA6L},{1L,1L,0xACF0L,(-2L),0xACF0L}},{{0x5434L,0x5434L,3L,0xCCAAL,0x8AFDL},{0x2CFEL,9L,(-1L),0xBBA4L,0xF15EL},{0x8583L,(-7L),0x2F3DL,1L,0xB784L},{(-1L),9L,1L,0xD61EL,0L},{0xFCCFL,0x5434L,(-4L),1L,(-1L)}}};
    uint32_t ***l_1842 = &l_1697;
    uint16_t l_1886 = 9UL;
    int32_t *l_1985 = (void*)0;
    uint32_t l_2004[10][6] = {{0xA774F6A3L,1UL,0UL,1UL,1UL,1UL},{0xA774F6A3L,4UL,0xA774F6A3L,1UL,4UL,0UL},{0xA774F6A3L,1UL,1UL,1UL,1UL,0xA774F6A3L},{0xA774F6A3L,1UL,0UL,1UL,1UL,1UL},{0xA774F6A3L,4UL,0xA774F6A3L,1UL,4UL,0UL},{0xA774F6A3L,1UL,1UL,1UL,1UL,0xA774F6A3L},{0xA774F6A3L,1UL,0UL,1UL,1UL,1UL},{0xA774F6A3L,4UL,0xA774F6A3L,1UL,4UL,0UL},{0xA774F6A3L,1UL,1UL,1UL,1UL,0xA774F6A3L},{0xA774F6A3L,1UL,0UL,1UL,1UL,1UL}};
    int16_t **l_2021 = (void*)0;
    uint32_t l_2035[6] = {0x41E606ABL,0UL,0x41E606ABL,0x41E606ABL,0UL,0x41E606ABL};
    uint64_t l_2038 = 1UL;
    uint16_t l_2044 = 0UL;
    int16_t ****l_2116 = &g_372;
    int16_t *****l_2115 = &l_2116;
    uint8_t l_2120 = 0x73L;
    uint64_t ***l_2133 = &g_911;
    int16_t l_2211 = 1L;
    uint16_t l_2234 = 0xEA33L;
    int8_t l_2252[3];
    uint64_t l_2313 = 0xAA8D3EF9309C25F2LL;
    uint8_t **l_2325 = &g_190;
    uint32_t l_2425[4][8] = {{0UL,0x63A29C5DL,0x6E0D2487L,0x63A29C5DL,0UL,0x030DEE2CL,0x030DEE2CL,0UL},{0x63A29C5DL,0UL,0UL,0x63A29C5DL,6UL,0UL,6UL,0x63A29C5DL},{0UL,6UL,0UL,0x030DEE2CL,0x6E0D2487L,0x6E0D2487L,0x030DEE2CL,0UL},{6UL,6UL,0x6E0D2487L,0UL,4294967291UL,0UL,0x6E0D2487L,6UL}};
    int i, j, k;
    for (i = 0; i < 8; i++)
        l_1661[i] = 1L;
    for (i = 0; i < 1; i++)
        l_1682[i] = (void*)0;
    for (i = 0; i < 3; i++)
        l_2252[i] = 1L;
    if ((safe_unary_minus_func_int64_t_s(p_27)))
    {
        uint32_t ***l_1640 = &g_1138;
        int32_t l_1643 = 4L;
        int32_t l_1653 = 0xAE62A175L;
        int32_t l_1654 = 1L;
        int32_t l_1655 = 1L;
        int32_t l_1657 = 0L;
        int32_t l_1660 = 0xCE35018FL;
        int32_t l_1662 = (-1L);
        int32_t l_1663 = 0x673BCE4CL;
        uint64_t l_1664 = 5UL;
        uint16_t *l_1683[7] = {&g_711[2][2][7],&g_711[2][2][0],&g_711[2][2][0],&g_711[2][2][7],&g_711[2][2][0],&g_711[2][2][0],&g_711[2][2][7]};
        uint64_t l_1684 = 1UL;
        uint8_t ***l_1692 = &g_189;
        int32_t *****l_1719 = &g_430;
        const uint8_t l_1802 = 0UL;
        int16_t l_1853 = 0x30A2L;
        uint8_t l_1856 = 0xC2L;
        int8_t l_1910 = 1L;
        int64_t l_1927 = 0L;
        int32_t l_1944 = (-8L);
        uint32_t ***l_1962 = &l_1697;
        int16_t ****l_1994 = &g_372;
        int16_t **l_2022 = &g_374;
        int32_t l_2040 = 0xACEEE35DL;
        uint32_t * const *l_2073 = (void*)0;
        uint32_t * const **l_2072 = &l_2073;
        uint32_t * const ***l_2071 = &l_2072;
        uint32_t * const ****l_2070[10];
        int16_t l_2122 = 6L;
        int32_t *l_2129 = (void*)0;
        int i;
        for (i = 0; i < 10; i++)
            l_2070[i] = &l_2071;
        for (g_248 = 5; (g_248 >= 0); g_248 -= 1)
        {
            int64_t ****l_1639[9] = {&g_1272,&g_1272,&g_1272,&g_1272,&g_1272,&g_1272,&g_1272,&g_1272,&g_1272};
            int32_t *l_1647 = &g_55;
            int32_t *l_1648 = &g_1167;
            int32_t *l_1649 = &l_1643;
            int32_t *l_1650 = (void*)0;
            int32_t *l_1651 = &g_86[1][0][1];
            int32_t *l_1652[10][8] = {{(void*)0,&g_86[1][0][1],(void*)0,&l_1646,(void*)0,(void*)0,&l_1646,(void*)0},{(void*)0,&g_82[3],&g_86[1][0][1],&g_86[1][0][1],&l_1646,&g_86[1][0][1],&g_1167,&g_3[6]},{&g_86[1][0][1],(void*)0,&g_82[3],&l_1646,(void*)0,&g_3[6],(void*)0,&g_3[6]},{(void*)0,&g_86[1][0][1],&g_82[3],&g_86[1][0][1],(void*)0,(void*)0,&g_86[1][0][1],&g_1167},{&g_82[3],&l_1646,(void*)0,(void*)0,&g_82[1],&l_1646,(void*)0,&g_86[1][0][1]},{(void*)0,&g_86[1][0][1],(void*)0,&g_1167,&g_1167,(void*)0,&g_86[1][0][1],(void*)0},{&g_82[1],&g_86[1][0][1],&g_82[3],&g_1167,&g_82[3],&l_1646,(void*)0,(void*)0},{&g_82[1],(void*)0,&g_82[3],(void*)0,&g_1167,&l_1646,&g_1167,(void*)0},{&g_86[1][0][1],&g_86[1][0][1],&g_86[1][0][1],&g_82[3],&l_1646,(void*)0,(void*)0,&g_82[1]},{(void*)0,&g_86[1][0][1],&g_1167,(void*)0,&g_82[1],&l_1646,&l_1646,&l_1646}};
            uint64_t l_1671 = 18446744073709551613UL;
            int i, j;
            (*p_29) = ((((void*)0 != l_1639[0]) , (((((l_1641 = l_1640) == l_1642) , l_1643) & (0xAA55CFF6L > (safe_div_func_int16_t_s_s((-3L), (l_1646 , (p_27 & g_112)))))) != 0x0DBD236E5F847E8ALL)) , l_1647);
            l_1664++;
            --l_1667;
            for (g_147 = 0; (g_147 <= 0); g_147 += 1)
            {
                int32_t l_1670 = 0L;
                int i, j;
                l_1671--;
            }
        }
        for (g_112 = 0; (g_112 <= 0); g_112 += 1)
        {
            for (g_281 = 0; (g_281 <= 4); g_281 += 1)
            {
                for (g_608 = 0; (g_608 <= 4); g_608 += 1)
                {
                    int64_t l_1674 = 0x96052D9B1C340642LL;
                    uint32_t l_1675 = 0x8C0B9A57L;
                    int i;
                    l_1654 = ((g_82[(g_112 + 3)] = l_1674) < l_1675);
                    return p_27;
                }
            }
            return l_1659;
        }
        if (((safe_div_func_uint16_t_u_u(((((*g_190) > (p_27 == ((safe_sub_func_uint32_t_u_u((((void*)0 == l_1682[0]) || (l_1684--)), (*p_30))) == (l_1659 , ((safe_mod_func_uint64_t_u_u((((*g_796) = (((safe_lshift_func_uint8_t_u_u((((0x946BL != ((((((*g_190) != p_27) && l_1659) & 0xE4E8L) , (void*)0) != (void*)0)) == (*g_54)) & l_1663), 3)) ^ l_1691) , l_1692)) == l_1692), l_1660)) & 1UL))))) , l_1653) & p_27), 0xEE33L)) != (*p_30)))
        {
            uint8_t l_1722[2];
            int32_t l_1738 = 0xAEB562AAL;
            int32_t *l_1739 = &l_1655;
            int32_t *l_1740 = &l_1661[7];
            int32_t *l_1741 = &g_1167;
            int32_t *l_1742 = &l_1658;
            int32_t *l_1743 = (void*)0;
            int32_t *l_1744[9];
            int i;
            for (i = 0; i < 2; i++)
                l_1722[i] = 1UL;
            for (i = 0; i < 9; i++)
                l_1744[i] = (void*)0;
            for (l_1667 = 0; (l_1667 > 27); l_1667++)
            {
                const uint32_t l_1721 = 0x1C3EB195L;
                if ((l_1655 = (*g_54)))
                {
                    int32_t *****l_1718[4] = {&g_430,&g_430,&g_430,&g_430};
                    int i;
                    for (g_147 = (-11); (g_147 <= 26); g_147 = safe_add_func_int64_t_s_s(g_147, 5))
                    {
                        int8_t *l_1723 = &g_824;
                        int16_t l_1725 = (-9L);
                        l_1725 &= (((p_27 > ((g_711[2][2][7] = (((((((l_1697 != (void*)0) <= (safe_mul_func_int16_t_s_s(0xACF0L, ((safe_sub_func_int8_t_s_s(((*l_1723) = (7L || ((*g_190) = ((safe_sub_func_uint16_t_u_u(((safe_add_func_int16_t_s_s((safe_sub_func_int64_t_s_s(p_27, (safe_div_func_int8_t_s_s((safe_mul_func_int16_t_s_s(((((safe_rshift_func_uint16_t_u_s(g_82[3], p_27)) & (((safe_add_func_uint64_t_u_u(((((g_1720 = (l_1719 = l_1718[3])) == l_1718[3]) , l_1691) , l_1721), 1UL)) & p_27) == l_1722[0])) , 255UL) > (***g_188)), 0x49E7L)), (****g_187))))), l_1722[1])) <= p_27), 0x1A9CL)) > l_1643)))), p_27)) | 0x8C99L)))) == p_27) <= (-1L)) & 0x04L) ^ l_1721) || (*p_30))) > 0L)) == 1L) , l_1724);
                        (*g_95) = (void*)0;
                        l_1738 = (safe_lshift_func_int8_t_s_s(((*****g_1220) , (((safe_sub_func_uint64_t_u_u(1UL, ((*g_759) || (safe_mod_func_uint8_t_u_u(((safe_rshift_func_uint16_t_u_u(g_1168, 14)) , 0xBCL), (((safe_div_func_uint16_t_u_u(((((l_1725 == 65535UL) | (safe_div_func_int8_t_s_s(g_86[2][0][0], l_1721))) == p_27) , p_27), p_27)) | l_1721) ^ p_27)))))) && l_1721) != 0xD5EB8941L)), p_27));
                    }
                    return l_1691;
                }
                else
                {
                    return p_27;
                }
            }
            ++l_1745;
        }
        else
        {
            int32_t *l_1759[5][4] = {{&l_1655,(void*)0,(void*)0,(void*)0},{(void*)0,&l_1661[2],&g_86[1][0][1],&l_1661[2]},{&l_1661[2],(void*)0,&l_1655,&l_1661[2]},{&l_1655,&l_1661[2],(void*)0,(void*)0},{(void*)0,(void*)0,&g_86[1][0][1],(void*)0}};
            int16_t *l_1769[4][8] = {{&g_284[2][2],&g_284[4][2],&g_284[4][2],&g_284[2][2],&g_284[4][2],&g_284[4][2],&g_284[2][2],&g_284[4][2]},{&g_284[2][2],&g_284[2][2],&g_284[3][2],&g_284[2][2],&g_284[2][2],&g_284[3][2],&g_284[2][2],&g_284[2][2]},{&g_284[4][2],&g_284[2][2],&g_284[4][2],&g_284[4][2],&g_284[2][2],&g_284[4][2],&g_284[4][2],&g_284[2][2]},{&g_284[2][2],&g_284[4][2],&g_284[4][2],&g_284[2][2],&g_284[4][2],&g_284[4][2],&g_284[2][2],&g_284[4][2]}};
            int32_t l_1774 = 1L;
            int16_t * const * const *l_1785 = (void*)0;
            int16_t * const * const **l_1784[3][6];
            int16_t * const * const ***l_1783 = &l_1784[1][0];
            int32_t l_1805 = 0xA84BDE00L;
            int32_t **l_1823 = &g_451;
            uint64_t l_1895 = 0UL;
            int64_t *****l_1907 = &g_1271[5];
            uint32_t ***l_1963[10] = {&l_1697,&l_1697,&l_1697,&l_1697,&l_1697,&l_1697,&l_1697,&l_1697,&l_1697,&l_1697};
            uint16_t l_2056 = 0xD316L;
            int64_t l_2057 = (-1L);
            int16_t l_2086 = 0xCC1DL;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 6; j++)
                    l_1784[i][j] = &l_1785;
            }
lbl_1983:
            if ((safe_rshift_func_uint8_t_u_s((((**g_189) , ((((0L <= (l_1663 = (l_1750 == (g_1754[3] = l_1751)))) , ((((safe_mod_func_int16_t_s_s(((safe_lshift_func_int16_t_s_s((l_1646 || ((g_112 = (p_27 < ((safe_rshift_func_uint16_t_u_u((safe_div_func_int32_t_s_s(((*g_54) |= (((l_1658 &= (0xEBA1BE58L ^ l_1768[3][3][4])) && (l_1774 = (g_711[2][2][7] = (((safe_add_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_s((0L != l_1661[2]), p_27)), 0x9CL)) > p_27) , p_27)))) | 0xD23AF7C5F13E224BLL)), 0xEC985E8DL)), l_1745)) ^ p_27))) > g_303[0])), p_27)) | p_27), g_86[2][0][1])) & 0xFF15L) , p_27) || p_27)) > 1L) ^ g_110)) != l_1745), g_248)))
            {
                uint64_t *****l_1775 = (void*)0;
                (*g_1776) = &g_910;
                (*p_29) = l_1759[4][3];
                for (g_281 = 1; (g_281 <= 5); g_281 += 1)
                {
                    return p_27;
                }
            }
            else
            {
                int16_t ****l_1787 = &g_372;
                int16_t ***** const l_1786 = &l_1787;
                const int32_t l_1797 = 0x342DC12AL;
                uint32_t l_1803 = 0UL;
                int64_t l_1827 = 0x6E248FE6074B5735LL;
                uint32_t *l_1875 = &g_608;
                int32_t l_1892 = 1L;
                int32_t l_1893 = 1L;
                uint16_t l_1912 = 65535UL;
                uint8_t ****l_1919 = &l_1692;
lbl_1857:
                for (l_1745 = 0; (l_1745 > 60); l_1745++)
                {
                    uint32_t l_1780 = 0UL;
                    return l_1780;
                }
                for (l_1643 = 0; (l_1643 <= 18); l_1643 = safe_add_func_uint32_t_u_u(l_1643, 1))
                {
                    int32_t l_1804 = 0xF83D1EC3L;
                    int32_t ****l_1808 = &g_714[1][6];
                    int32_t l_1854 = 0x64D03A15L;
                    uint32_t *l_1876 = &g_210;
                    if (((l_1783 != l_1786) || (((safe_rshift_func_uint16_t_u_s(g_77, (safe_div_func_int16_t_s_s(0x463AL, p_27)))) < 0x28158C65L) ^ (safe_sub_func_uint64_t_u_u((safe_unary_minus_func_int64_t_s(((((l_1803 = (safe_lshift_func_int16_t_s_u((l_1797 , 0L), ((safe_rshift_func_uint16_t_u_u(0xD3A8L, l_1802)) & 0UL)))) >= g_78) & 65530UL) , l_1797))), l_1804)))))
                    {
                        int32_t **l_1826 = &g_451;
                        (*g_1487) = (((l_1805 , ((safe_sub_func_uint16_t_u_u(((void*)0 == l_1808), ((safe_rshift_func_uint8_t_u_s((safe_rshift_func_int16_t_s_u((safe_sub_func_int16_t_s_s((safe_mul_func_uint16_t_u_u((((((safe_mul_func_int8_t_s_s(((safe_add_func_uint16_t_u_u((safe_mul_func_uint8_t_u_u((l_1768[3][3][4] <= (*g_759)), (-8L))), ((g_55 , l_1823) == ((((safe_add_func_uint16_t_u_u(0x92A6L, 0x669CL)) >= 4L) < 0x32L) , l_1826)))) == 0x89L), 0x0CL)) , g_915) | 7UL) >= p_27) , g_81[3]), 0xDA33L)), l_1827)), 11)), 2)) | (-3L)))) <= l_1656)) | (*g_190)) < 0x635EL);
                    }
                    else
                    {
                        uint32_t ****l_1841[3];
                        int8_t *l_1851 = &g_824;
                        int8_t *l_1852 = &g_248;
                        int i;
                        for (i = 0; i < 3; i++)
                            l_1841[i] = &g_907;
                        l_1804 ^= ((g_1453 < (safe_div_func_uint8_t_u_u(l_1691, l_1661[2]))) < ((safe_add_func_int16_t_s_s((safe_add_func_int32_t_s_s((~((safe_lshift_func_int16_t_s_s(((safe_mul_func_uint8_t_u_u((safe_lshift_func_int8_t_s_u(((*l_1852) = ((((&g_758[1] == (l_1842 = g_907)) , 18446744073709551607UL) && (safe_mul_func_uint8_t_u_u(((**g_189) = 0xB0L), g_608))) | (((*l_1851) &= (safe_mod_func_int32_t_s_s((safe_div_func_uint8_t_u_u((safe_add_func_uint64_t_u_u(0x04C362E2EFDE6D38LL, p_27)), 0x80L)), 0xC8270BB1L))) < p_27))), l_1853)), g_281)) && l_1854), g_1855)) , p_27)), l_1856)), 0x6D7DL)) , g_82[0]));
                        l_1804 ^= (*p_30);
                        if (g_1453)
                            goto lbl_1857;
                    }
                    for (g_210 = 0; (g_210 >= 5); g_210 = safe_add_func_int32_t_s_s(g_210, 3))
                    {
                        uint32_t *****l_1863 = &g_1861;
                        int32_t l_1885 = 1L;
                        l_1863 = (g_1860 = (void*)0);
                        (*g_1487) |= (((safe_rshift_func_int16_t_s_u((l_1745 & (safe_lshift_func_int16_t_s_s(p_27, ((((****g_796) = (p_27 > (+(safe_mul_func_int16_t_s_s((safe_add_func_int32_t_s_s(((safe_div_func_int64_t_s_s((((l_1875 != (l_1876 = l_1876)) > (((((safe_mod_func_uint64_t_u_u((safe_rshift_func_int8_t_s_u(((0UL ^ (0xB7812D12L <= ((safe_div_func_int16_t_s_s(l_1885, (p_27 | (****g_796)))) > p_27))) | l_1768[4][4][3]), 3)), (**g_1756))) > 0x65L) & 0UL) || 251UL) ^ (*p_30))) & 0x70L), 0xCCF1274760D8E3C4LL)) == l_1885), l_1885)), 65535UL))))) | l_1885) < p_27)))), p_27)) > (*g_759)) , l_1646);
                        return l_1656;
                    }
                    l_1886--;
                }
                for (l_1827 = 0; (l_1827 != 21); ++l_1827)
                {
                    int8_t l_1891 = 0L;
                    int32_t l_1894[10][6][4] = {{{0xE9CA46C7L,0x4847A471L,(-1L),0xB662E83EL},{0L,0x943A1CD7L,0L,0xF14A569BL},{1L,0xB662E83EL,(-9L),(-1L)},{0x943A1CD7L,(-1L),0x49F5ECCDL,0xB662E83EL},{0xCF36DF31L,1L,0x49F5ECCDL,0x4847A471L},{0x943A1CD7L,0xE9CA46C7L,(-9L),0xD1791DECL}},{{1L,0L,0L,1L},{0L,1L,(-1L),0xCF36DF31L},{0xE9CA46C7L,0x943A1CD7L,0x6A8A8BC3L,(-1L)},{1L,0xCF36DF31L,0xF14A569BL,(-1L)},{(-1L),0x943A1CD7L,0x49F5ECCDL,0xCF36DF31L},{0xB662E83EL,1L,0x369DCF73L,1L}},{{0x943A1CD7L,0L,0xF14A569BL,0xD1791DECL},{0x4847A471L,0xE9CA46C7L,(-3L),0x6A8A8BC3L},{0xCF36DF31L,0L,0x8DAC3655L,0xF14A569BL},{0xCF36DF31L,0x73DB174FL,(-3L),0x49F5ECCDL},{0x6A8A8BC3L,0xF14A569BL,0x369DCF73L,0x369DCF73L},{7L,7L,0x943A1CD7L,0xF14A569BL}},{{0xF14A569BL,0x6A8A8BC3L,0x657B1936L,0L},{0x73DB174FL,0xCF36DF31L,0x369DCF73L,0x657B1936L},{0L,0xCF36DF31L,0xB662E83EL,0L},{0xCF36DF31L,0x6A8A8BC3L,0x73DB174FL,0xF14A569BL},{(-3L),7L,(-3L),0x369DCF73L},{0L,0xF14A569BL,0xD1791DECL,0x49F5ECCDL}},{{7L,0x73DB174FL,0x657B1936L,0xF14A569BL},{(-9L),0L,0x657B1936L,0x6A8A8BC3L},{7L,0xCF36DF31L,0xD1791DECL,(-1L)},{0L,(-3L),(-3L),0L},{(-3L),0L,0x73DB174FL,(-9L)},{0xCF36DF31L,7L,0xB662E83EL,0x49F5ECCDL}},{{0L,(-9L),0x369DCF73L,0x49F5ECCDL},{0x73DB174FL,7L,0x657B1936L,(-9L)},{0xF14A569BL,0L,0x943A1CD7L,0L},{7L,(-3L),0x369DCF73L,(-1L)},{0x6A8A8BC3L,0xCF36DF31L,(-3L),0x6A8A8BC3L},{0xCF36DF31L,0L,0x8DAC3655L,0xF14A569BL}},{{0xCF36DF31L,0x73DB174FL,(-3L),0x49F5ECCDL},{0x6A8A8BC3L,0xF14A569BL,0x369DCF73L,0x369DCF73L},{7L,7L,0x943A1CD7L,0xF14A569BL},{0xF14A569BL,0x6A8A8BC3L,0x657B1936L,0L},{0x73DB174FL,0xCF36DF31L,0x369DCF73L,0x657B1936L},{0L,0xCF36DF31L,0xB662E83EL,0L}},{{0xCF36DF31L,0x6A8A8BC3L,0x73DB174FL,0xF14A569BL},{(-3L),7L,(-3L),0x369DCF73L},{0L,0xF14A569BL,0xD1791DECL,0x49F5ECCDL},{7L,0x73DB174FL,0x657B1936L,0xF14A569BL},{(-9L),0L,0x657B1936L,0x6A8A8BC3L},{7L,0xCF36DF31L,0xD1791DECL,(-1L)}},{{0L,(-3L),(-3L),0L},{(-3L),0L,0x73DB174FL,(-9L)},{0xCF36DF31L,7L,0xB662E83EL,0x49F5ECCDL},{0L,(-9L),0x369DCF73L,0x49F5ECCDL},{0x73DB174FL,7L,0x657B1936L,(-9L)},{0xF14A569BL,0L,0x943A1CD7L,0L}},{{7L,(-3L),0x369DCF73L,(-1L)},{0x6A8A8BC3L,0xCF36DF31L,(-3L),0x6A8A8BC3L},{0xCF36DF31L,0L,0x8DAC3655L,0xF14A569BL},{0xCF36DF31L,0x73DB174FL,(-3L),0x49F5ECCDL},{0x6A8A8BC3L,0xF14A569BL,0x369DCF73L,0x369DCF73L},{7L,7L,0x943A1CD7L,0xF14A569BL}}};
                    int i, j, k;
                    l_1895++;
                    for (l_1664 = 0; (l_1664 <= 5); l_1664 += 1)
                    {
                        int8_t *l_1911[3][8][9] = {{{&g_248,(void*)0,&g_824,(void*)0,&g_248,&g_248,&l_1891,&l_1891,(void*)0},{(void*)0,&l_1891,&g_248,(void*)0,&g_248,(void*)0,&l_1910,&l_1891,&g_248},{&g_824,&l_1891,&g_824,&g_248,&l_1891,(void*)0,&g_248,(void*)0,&l_1891},{(void*)0,&g_248,&g_248,(void*)0,&l_1891,&l_1891,&g_824,&g_248,&l_1910},{&g_248,&g_248,&g_824,(void*)0,&g_248,(void*)0,(void*)0,&l_1891,&l_1910},{&g_824,&l_1891,&g_248,&l_1910,&l_1891,&g_248,&l_1910,&g_824,&l_1891},{&g_824,&g_824,(void*)0,(void*)0,&l_1891,&l_1891,(void*)0,(void*)0,&g_824},{&l_1910,&g_824,(void*)0,&g_248,&g_248,&l_1910,&g_824,&g_248,&l_1891}},{{&g_248,&g_824,&g_248,&g_824,&g_248,&l_1910,&g_248,(void*)0,&l_1910},{(void*)0,&g_824,&l_1891,&g_824,(void*)0,&l_1891,&l_1910,&l_1910,&l_1910},{&l_1891,&g_824,&l_1910,&g_824,&l_1910,&g_824,&l_1891,&g_248,&l_1891},{&l_1910,&l_1891,&g_824,&g_248,&l_1891,&l_1891,&g_824,&l_1891,&g_248},{(void*)0,&g_248,(void*)0,(void*)0,&l_1891,&l_1910,&g_824,&g_248,(void*)0},{&l_1910,&g_248,&l_1891,&l_1910,&l_1891,&l_1910,&l_1910,&l_1910,&l_1891},{(void*)0,&l_1891,&l_1891,(void*)0,&g_248,&l_1891,&g_824,(void*)0,(void*)0},{&l_1910,&l_1891,&l_1891,(void*)0,&l_1891,&g_248,(void*)0,&g_248,(void*)0}},{{&l_1891,&l_1891,(void*)0,&g_248,&g_248,(void*)0,(void*)0,(void*)0,&g_248},{(void*)0,&l_1891,&g_824,(void*)0,&l_1891,&l_1891,(void*)0,&g_824,&l_1891},{&g_248,(void*)0,&l_1910,&l_1891,&l_1891,(void*)0,&g_824,&l_1891,&g_248},{&l_1910,&l_1891,&l_1891,&g_824,&l_1891,(void*)0,&l_1910,&g_248,(void*)0},{&g_824,(void*)0,&g_248,&l_1891,&l_1910,&g_248,&g_824,(void*)0,(void*)0},{&g_824,&l_1891,(void*)0,&g_824,(void*)0,&l_1891,&l_1891,&l_1891,&g_824},{&g_248,&g_248,&g_824,&g_824,&g_248,&g_248,&g_824,&g_248,(void*)0},{&g_248,(void*)0,&l_1910,&l_1891,(void*)0,&l_1891,&l_1910,&l_1891,&l_1910}}};
                        int i, j, k;
                        l_1912 |= (safe_div_func_uint64_t_u_u(((safe_add_func_int8_t_s_s((l_1892 = ((((**g_1776) != (*g_1777)) , (((((((0x56EAL > l_1891) , ((safe_lshift_func_uint8_t_u_u((p_27 , 7UL), 1)) <= (safe_rshift_func_uint8_t_u_s((((!((void*)0 == l_1907)) ^ (safe_mod_func_int64_t_s_s((*g_1757), l_1910))) >= p_27), 5)))) != p_27) == l_1661[2]) && 0UL) > p_27) != p_27)) || 0UL)), g_284[3][2])) , 18446744073709551615UL), p_27));
                        if (l_1892)
                            break;
                        if ((*p_30))
                            break;
                    }
                }
                for (l_1853 = (-22); (l_1853 > 23); l_1853 = safe_add_func_uint8_t_u_u(l_1853, 8))
                {
                    for (l_1895 = 0; (l_1895 <= 2); l_1895 += 1)
                    {
                        int i, j;
                        (*g_1487) |= g_82[l_1895];
                        (*g_1487) = (safe_mul_func_uint16_t_u_u((g_82[(l_1895 + 1)] == ((void*)0 != l_1919)), (g_711[2][2][7] = (safe_lshift_func_uint8_t_u_s((0xCB7A20EDL != (!l_1892)), (safe_mul_func_int16_t_s_s(((((l_1827 | (safe_mul_func_uint8_t_u_u(l_1691, (g_81[3] && (((l_1927 >= l_1724) ^ 0x62L) < 0x9892L))))) < (***g_188)) , (void*)0) != (void*)0), g_3[6])))))));
                    }
                }
            }
            for (g_824 = 1; (g_824 >= 0); g_824 -= 1)
            {
                const int8_t l_1935 = 0xCEL;
                int64_t *l_1943 = &g_110;
                uint64_t l_1964 = 0x60627AD731A89E2ELL;
                int32_t *l_1967 = &g_3[6];
                uint64_t *l_2007 = &g_1453;
                uint8_t *l_2010 = &g_607;
                uint8_t *l_2013 = &g_303[0];
                const int16_t *l_2017 = &l_1768[0][3][3];
                const int16_t **l_2016 = &l_2017;
                const int16_t ***l_2015[4][7] = {{(void*)0,&l_2016,&l_2016,&l_2016,(void*)0,(void*)0,&l_2016},{(void*)0,&l_2016,(void*)0,&l_2016,&l_2016,(void*)0,&l_2016},{&l_2016,&l_2016,&l_2016,&l_2016,&l_2016,&l_2016,&l_2016},{(void*)0,&l_2016,&l_2016,(void*)0,&l_2016,(void*)0,&l_2016}};
                const int16_t ****l_2014 = &l_2015[0][3];
                int32_t l_2020 = 0x9531B59AL;
                int32_t l_2043 = 0xD82FE602L;
                uint32_t l_2055 = 1UL;
                uint64_t ** const *l_2060[5][2][1] = {{{&g_911},{&g_911}},{{&g_911},{&g_911}},{{&g_911},{&g_911}},{{&g_911},{&g_911}},{{&g_911},{&g_911}}};
                uint64_t ** const **l_2059 = &l_2060[3][0][0];
                uint64_t ** const ***l_2058 = &l_2059;
                int32_t l_2088 = 5L;
                uint32_t l_2090 = 18446744073709551608UL;
                uint16_t l_2121[4];
                int64_t * const ***l_2126 = &l_1752;
                uint8_t l_2128 = 0x57L;
                int i, j, k;
                for (i = 0; i < 4; i++)
                    l_2121[i] = 9UL;
                if ((safe_unary_minus_func_uint8_t_u((p_27 == (((++(*g_759)) != (safe_sub_func_int32_t_s_s(((((safe_rshift_func_uint16_t_u_s(g_824, 2)) >= l_1935) && g_212) != (safe_rshift_func_int8_t_s_s((safe_unary_minus_func_int64_t_s(((safe_sub_func_int64_t_s_s((p_27 <= p_27), (safe_rshift_func_int8_t_s_u((((*l_1943) = ((***g_1755) = 0L)) <= p_27), (l_1944 | g_915))))) & p_27))), 7))), l_1659))) | p_27)))))
                {
                    int8_t l_1965 = 4L;
                    int32_t l_1966 = 5L;
                    (*g_1487) = ((safe_mul_func_int16_t_s_s(((safe_div_func_uint8_t_u_u((((****g_796) = ((l_1658 > ((safe_lshift_func_uint16_t_u_s((((g_284[4][3] || (safe_unary_minus_func_uint16_t_u(((((***g_188) <= (****g_796)) | (((p_27 == (safe_lshift_func_uint8_t_u_s(l_1656, (((p_27 , (safe_rshift_func_int16_t_s_u((safe_unary_minus_func_uint16_t_u((safe_rshift_func_int8_t_s_s(1L, 7)))), (l_1659 = ((+(((safe_lshift_func_uint16_t_u_u((((l_1963[4] = l_1962) == &l_1697) , p_27), 15)) , &g_1754[3]) != &g_1271[5])) <= l_1964))))) <= p_27) != (*p_30))))) , p_27) || p_27)) == l_1965)))) , 0x7AL) >= p_27), 8)) > g_711[2][2][7])) > p_27)) | p_27), 252UL)) , 0xC530L), p_27)) ^ p_27);
                    for (g_607 = 0; (g_607 <= 1); g_607 += 1)
                    {
                        if ((*g_54))
                            break;
                        l_1966 ^= l_1935;
                        (****g_1720) = l_1967;
                    }
                    if ((*p_30))
                    {
                        const uint32_t l_1968 = 3UL;
                        if (l_1968)
                            break;
                        (*g_1487) = (2UL && l_1965);
                    }
                    else
                    {
                        return (*l_1967);
                    }
                }
                else
                {
                    int32_t *l_1984[10][4] = {{&l_1661[6],&l_1661[6],&l_1656,&l_1661[6]},{&l_1661[6],&l_1659,&l_1659,&l_1661[6]},{&l_1659,&l_1661[6],&l_1659,&l_1659},{&l_1661[6],&l_1661[6],&l_1656,&l_1661[6]},{&l_1661[6],&l_1659,&l_1659,&l_1661[6]},{&l_1659,&l_1661[6],&l_1659,&l_1659},{&l_1661[6],&l_1661[6],&l_1656,&l_1661[6]},{&l_1661[6],&l_1659,&l_1659,&l_1661[6]},{&l_1659,&l_1661[6],&l_1659,&l_1659},{&l_1661[6],&l_1661[6],&l_1656,&l_1661[6]}};
                    int i, j;
                    if ((*g_54))
                    {
                        uint32_t l_1969 = 0x24A8847DL;
                        uint64_t *l_1976 = &g_1453;
                        if (l_1969)
                            break;
                        (****l_1719) = &l_1656;
                        (*g_95) = (*p_29);
                    }
                    else
                    {
                        int32_t *l_1982 = (void*)0;
                        const int32_t l_1998 = 0xC6E4C129L;
                        uint64_t *l_2003 = &l_1895;
                        (*p_29) = (l_1982 = l_1982);
                        if (l_1886)
                            goto lbl_1983;
                        l_1985 = l_1984[9][0];
                        (*g_1487) = (safe_rshift_func_int16_t_s_u(((((safe_add_func_uint64_t_u_u(p_27, ((*l_1985) = (safe_sub_func_int8_t_s_s((safe_sub_func_uint8_t_u_u((l_1994 != (void*)0), ((***l_1692) = p_27))), p_27))))) | (((((((!(safe_sub_func_int8_t_s_s(((l_1998 >= (safe_mul_func_uint64_t_u_u(p_27, ((0UL == ((*l_2003) = (safe_rshift_func_uint8_t_u_s(0xD1L, g_284[3][2])))) != 0x496CL)))) , 1L), p_27))) >= (*g_759)) < g_915) < 0xB0L) > 0x0AL) < (*l_1967)) < p_27)) && p_27) , l_2004[2][5]), g_284[5][4]));
                    }
                    return p_27;
                }
                (****g_1720) = g_2023[7];
                if ((safe_rshift_func_uint16_t_u_u(((((g_711[2][2][7] &= ((((safe_lshift_func_uint8_t_u_s((((*g_759) = p_27) > ((p_27 && (((void*)0 == &l_1994) || (((((safe_add_func_uint16_t_u_u(((*l_1642) != (void*)0), (((((((*l_2013) ^= ((***l_1692) |= ((0UL >= (p_27 < (((safe_mul_func_uint32_t_u_u((++g_2032), (0UL <= (*p_30)))) , l_2035[3]) && g_1453))) > (*l_1967)))) > 0x4DL) , (**l_1783)) != (*g_376)) || p_27) , p_27))) <= g_2036) ^ g_2037) >= p_27) == (*l_1967)))) | l_2038)), p_27)) | 65527UL) >= g_82[1]) , 0x0AE9L)) < g_2039[2][1]) , p_27) , p_27), g_2036)))
                {
                    int64_t l_2041[7][9] = {{0xEA48F56DF52A2E37LL,0x5637F86A78B52114LL,0xB8D6C0B9994DC27ALL,4L,0x1C7C9FC1E476B478LL,(-1L),0L,0xABCD226D56048B45LL,0xABCD226D56048B45LL},{0L,1L,0x5637F86A78B52114LL,0x581C5D45DA615BE6LL,0x5637F86A78B52114LL,1L,0L,(-1L),0xFE6F06D1DFC802C9LL},{(-1L),0L,0L,0x581C5D45DA615BE6LL,0xABCD226D56048B45LL,0x1C7C9FC1E476B478LL,0x7AC8C0BCEFADD2FALL,0x5637F86A78B52114LL,0x7AC8C0BCEFADD2FALL},{0x7AC8C0BCEFADD2FALL,0xEA48F56DF52A2E37LL,4L,4L,0xEA48F56DF52A2E37LL,0x7AC8C0BCEFADD2FALL,0xFE6F06D1DFC802C9LL,(-1L),0L},{0x5637F86A78B52114LL,0xB8D6C0B9994DC27ALL,4L,0x1C7C9FC1E476B478LL,(-1L),0L,0xABCD226D56048B45LL,0xABCD226D56048B45LL,0L},{4L,0xABCD226D56048B45LL,0L,0xABCD226D56048B45LL,4L,0x5637F86A78B52114LL,0xFE6F06D1DFC802C9LL,0x581C5D45DA615BE6LL,1L},{1L,0xABCD226D56048B45LL,0x5637F86A78B52114LL,1L,0xB8D6C0B9994DC27ALL,0L,0x7AC8C0BCEFADD2FALL,0L,0xB8D6C0B9994DC27ALL}};
                    int32_t l_2042[5];
                    uint8_t ** const *l_2078 = (void*)0;
                    uint8_t ** const **l_2077 = &l_2078;
                    int i, j;
                    for (i = 0; i < 5; i++)
                        l_2042[i] = 0xBF088283L;
                    l_2044--;
                    l_2057 &= (safe_div_func_int8_t_s_s(p_27, (safe_mod_func_int16_t_s_s(((p_27 == (safe_sub_func_int32_t_s_s(((p_27 < (p_27 <= p_27)) <= 0xD93EL), (l_2042[0] = (((safe_add_func_uint32_t_u_u(4294967295UL, (((l_2055 ^ (l_2056 > 0xFE1A20C2L)) && 0x7B06AB6B94CBFE5ALL) <= g_2037))) , p_27) ^ (*l_1967)))))) > p_27), l_2041[3][4]))));
                    for (l_1805 = 1; (l_1805 >= 0); l_1805 -= 1)
                    {
                        int8_t l_2083[9] = {(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)};
                        int32_t l_2084 = (-2L);
                        int32_t l_2085 = 1L;
                        int32_t l_2087 = (-1L);
                        int32_t l_2089 = 1L;
                        int i;
                        (*g_1487) = ((((l_2083[0] = (((*l_1967) , l_2058) == ((safe_add_func_uint32_t_u_u((safe_add_func_int16_t_s_s((safe_rshift_func_int8_t_s_s((safe_mul_func_uint8_t_u_u(((safe_unary_minus_func_uint32_t_u((((0x0AA84A067AB3C70BLL > (l_2041[5][6] == 18446744073709551614UL)) & (l_1657 , (l_2070[3] == (((+((((safe_sub_func_int64_t_s_s(0x6B44DDE3D27F19B6LL, ((l_2077 == (void*)0) ^ p_27))) > (-5L)) , (void*)0) != g_2079)) , g_2039[2][1]) , (void*)0)))) == 0xC4D4DA0DC8DEC662LL))) ^ (*l_1967)), (***g_188))), g_55)), p_27)), (*l_1967))) , (void*)0))) <= p_27) ^ p_27) , l_2042[4]);
                        ++l_2090;
                        l_2042[4] ^= 0xE7AD6174L;
                    }
                    for (g_607 = 0; (g_607 <= 1); g_607 += 1)
                    {
                        return p_27;
                    }
                }
                else
                {
                    uint8_t l_2117 = 0x49L;
                    int8_t *l_2118 = (void*)0;
                    int8_t *l_2119 = &l_1910;
                    if (((safe_mod_func_uint32_t_u_u((safe_sub_func_int64_t_s_s(((l_2120 |= ((safe_lshift_func_int16_t_s_s((safe_mod_func_int32_t_s_s((*g_54), (safe_mod_func_uint64_t_u_u(0x7F29567F6EE83223LL, ((g_112 = (safe_lshift_func_int8_t_s_u(((*l_2119) = (safe_rshift_func_int16_t_s_s((0xC7L >= ((((safe_add_func_uint16_t_u_u((g_711[0][1][7]--), p_27)) , ((*g_190) = ((safe_mod_func_uint32_t_u_u(p_27, (safe_lshift_func_int8_t_s_s(p_27, 3)))) != (((8UL != (((void*)0 != l_2115) > l_2117)) , 0L) & p_27)))) >= 0x4DL) <= 1UL)), 3))), p_27))) && (-8L)))))), 11)) == p_27)) || l_2121[3]), 0UL)), 0xD19562BFL)) , (-5L)))
                    {
                        uint16_t l_2123 = 5UL;
                        l_2123--;
                    }
                    else
                    {
                        (*g_1487) ^= (5L || 0xDCL);
                        (*g_2127) = l_2126;
                        return p_27;
                    }
                    return p_27;
                }
                if (l_2128)
                    continue;
            }
        }
        p_30 = ((*p_29) = l_2129);
    }
    else
    {
        int16_t *l_2130 = &g_212;
        int32_t l_2134[6][2][1];
        uint16_t l_2135 = 65535UL;
        const uint8_t l_2179 = 6UL;
        int32_t l_2235 = 0L;
        uint8_t l_2258 = 0UL;
        uint64_t *****l_2262[8] = {&g_1777,&g_1777,&g_1777,&g_1777,&g_1777,&g_1777,&g_1777,&g_1777};
        uint64_t *****l_2264[9];
        int32_t l_2381 = 9L;
        int32_t l_2385[8][5][6] = {{{0x4F9D563BL,0L,0x82CA1BD7L,1L,1L,(-1L)},{0x32BD9897L,0xCDE97C3CL,0x3FBD1762L,1L,0xE59A249CL,0x80D65E18L},{1L,1L,2L,0x3A880B74L,0xE124905FL,0x52D38D6CL},{8L,1L,(-1L),1L,9L,7L},{0x3FBD1762L,0xC21793B6L,0xE1CDA051L,0xF5DA2D8CL,0x5D2D6E64L,(-1L)}},{{(-1L),0x52D38D6CL,1L,(-6L),0xF5DA2D8CL,3L},{0x7C0A8A7DL,3L,0L,5L,3L,(-1L)},{1L,0xB207C9A9L,0xFF3A8D9DL,0x3A880B74L,0x4BEA93CAL,(-8L)},{1L,(-1L),0x7C0A8A7DL,1L,3L,8L},{6L,0x4F9D563BL,(-1L),1L,0L,1L}},{{0x32BD9897L,0x82CA1BD7L,1L,0xFF3A8D9DL,(-1L),0L},{1L,0L,(-8L),(-8L),0L,1L},{0x82CA1BD7L,0x118E2AEEL,(-1L),0xB207C9A9L,(-10L),0x52D38D6CL},{0xE1CDA051L,(-1L),(-1L),1L,0xC21793B6L,0x88C10B96L},{0xE1CDA051L,(-1L),1L,0xB207C9A9L,1L,0x3FBD1762L}},{{0x82CA1BD7L,(-10L),(-1L),(-8L),0xF5DA2D8CL,0x8A91291FL},{1L,0x36AED4CFL,(-6L),0xFF3A8D9DL,1L,0x5D2D6E64L},{0x32BD9897L,(-1L),0x926BF386L,1L,0L,(-10L)},{6L,1L,(-2L),1L,(-1L),0x88C10B96L},{1L,0xC8725CEDL,0x92684703L,0x3A880B74L,0xB207C9A9L,0x917781AEL}},{{1L,(-8L),(-1L),5L,0x57789330L,0x847B7188L},{0x7C0A8A7DL,0xC21793B6L,(-8L),(-6L),1L,0x57789330L},{(-1L),0x3A880B74L,5L,0xF5DA2D8CL,0x90C5F247L,3L},{0x3FBD1762L,0x7C0A8A7DL,1L,1L,3L,8L},{8L,(-1L),0x3FBD1762L,0x3A880B74L,(-1L),(-1L)}},{{1L,1L,0x7C0A8A7DL,5L,0x7C0A8A7DL,1L},{0x5D2D6E64L,0x4F9D563BL,0L,0L,0L,1L},{0x32BD9897L,0L,5L,0x7C0A8A7DL,0x80D65E18L,0L},{7L,0L,1L,0xE1CDA051L,0L,7L},{0x58F53248L,0x4F9D563BL,8L,0xB207C9A9L,0x7C0A8A7DL,0x917781AEL}},{{1L,1L,(-1L),0xC5012447L,(-1L),0x90C5F247L},{1L,(-1L),0xC5012447L,0x9FD4F2ADL,3L,0x7C0A8A7DL},{0x82CA1BD7L,0x7C0A8A7DL,0x926BF386L,1L,0x90C5F247L,0x8A91291FL},{7L,0x3A880B74L,0xF5DA2D8CL,0x3FBD1762L,1L,5L},{0L,0x80D65E18L,2L,6L,(-1L),0xC5012447L}},{{1L,0x3A880B74L,1L,0x04CFBFF3L,0x3FBD1762L,1L},{1L,0xE124905FL,0L,0xC8725CEDL,(-10L),7L},{0x57789330L,0x917781AEL,9L,0x58F53248L,1L,0xB207C9A9L},{0xC5012447L,0x92684703L,8L,(-8L),3L,0L},{0L,0x847B7188L,0xBC5DD1C9L,0xE1CDA051L,0xE1CDA051L,0xBC5DD1C9L}}};
        int32_t l_2387[8][8] = {{0xE2C88E4FL,0xE2C88E4FL,0xF72614C7L,(-5L),0xF72614C7L,0xE2C88E4FL,0xE2C88E4FL,0xF72614C7L},{0x85DC0E34L,0xF72614C7L,0xF72614C7L,0x85DC0E34L,0x26B3593FL,0x85DC0E34L,0xF72614C7L,0xF72614C7L},{0xF72614C7L,0x26B3593FL,(-5L),(-5L),0x26B3593FL,0xF72614C7L,0x26B3593FL,(-5L)},{0x85DC0E34L,0x26B3593FL,0x85DC0E34L,0xF72614C7L,0xF72614C7L,0x85DC0E34L,0x26B3593FL,0x85DC0E34L},{0xE2C88E4FL,0xF72614C7L,(-5L),0xF72614C7L,0xE2C88E4FL,0xE2C88E4FL,0xF72614C7L,(-5L)},{0xE2C88E4FL,0xE2C88E4FL,0xF72614C7L,(-5L),0xF72614C7L,0xE2C88E4FL,0xE2C88E4FL,0xF72614C7L},{0x85DC0E34L,0xF72614C7L,0xF72614C7L,0x85DC0E34L,0x26B3593FL,0x85DC0E34L,0xF72614C7L,0xF72614C7L},{0xF72614C7L,0x26B3593FL,(-5L),(-5L),0x26B3593FL,0xF72614C7L,0x26B3593FL,(-5L)}};
        uint16_t l_2393 = 65532UL;
        uint8_t **l_2403[7][4][2] = {{{&g_190,&g_190},{&g_190,&g_190},{&g_190,&g_190},{&g_190,(void*)0}},{{&g_190,&g_190},{&g_190,&g_190},{&g_190,&g_190},{&g_190,&g_190}},{{(void*)0,&g_190},{&g_190,&g_190},{&g_190,&g_190},{&g_190,&g_190}},{{&g_190,&g_190},{&g_190,&g_190},{(void*)0,&g_190},{&g_190,&g_190}},{{&g_190,&g_190},{&g_190,&g_190},{&g_190,(void*)0},{&g_190,&g_190}},{{&g_190,&g_190},{&g_190,&g_190},{&g_190,&g_190},{(void*)0,&g_190}},{{&g_190,&g_190},{&g_190,&g_190},{&g_190,&g_190},{&g_190,&g_190}}};
        int32_t *l_2430[4];
        int i, j, k;
        for (i = 0; i < 6; i++)
        {
            for (j = 0; j < 2; j++)
            {
                for (k = 0; k < 1; k++)
                    l_2134[i][j][k] = 1L;
            }
        }
        for (i = 0; i < 9; i++)
            l_2264[i] = &g_1777;
        for (i = 0; i < 4; i++)
            l_2430[i] = &l_2381;
        if ((((*l_2130) = (0xFCL < 1UL)) < (((safe_mod_func_uint64_t_u_u((l_2133 != (*g_1777)), l_2134[2][0][0])) | p_27) | ((p_27 || l_2135) , (0UL == (***g_1755))))))
        {
            int16_t ***l_2138 = &l_2021;
            uint32_t l_2145[7][5][3] = {{{0xC4F64BE3L,0xB00FF396L,0x432A2C84L},{0xB00FF396L,0xC4F64BE3L,0x432A2C84L},{0x8AE818A6L,0x8AE818A6L,0x432A2C84L},{0xC4F64BE3L,0xB00FF396L,0x432A2C84L},{0xB00FF396L,0xC4F64BE3L,0x432A2C84L}},{{0x8AE818A6L,0x8AE818A6L,0x432A2C84L},{0xC4F64BE3L,0xB00FF396L,0x432A2C84L},{0xB00FF396L,0xC4F64BE3L,0x432A2C84L},{0x8AE818A6L,0x8AE818A6L,0x432A2C84L},{0xC4F64BE3L,0xB00FF396L,0x432A2C84L}},{{0xB00FF396L,0xC4F64BE3L,0x432A2C84L},{1UL,1UL,0x8AE818A6L},{0x3823C869L,18446744073709551615UL,0x8AE818A6L},{18446744073709551615UL,0x3823C869L,0x8AE818A6L},{1UL,1UL,0x8AE818A6L}},{{0x3823C869L,18446744073709551615UL,0x8AE818A6L},{18446744073709551615UL,0x3823C869L,0x8AE818A6L},{1UL,1UL,0x8AE818A6L},{0x3823C869L,18446744073709551615UL,0x8AE818A6L},{18446744073709551615UL,0x3823C869L,0x8AE818A6L}},{{1UL,1UL,0x8AE818A6L},{0x3823C869L,18446744073709551615UL,0x8AE818A6L},{18446744073709551615UL,0x3823C869L,0x8AE818A6L},{1UL,1UL,0x8AE818A6L},{0x3823C869L,18446744073709551615UL,0x8AE818A6L}},{{18446744073709551615UL,0x3823C869L,0x8AE818A6L},{1UL,1UL,0x8AE818A6L},{0x3823C869L,18446744073709551615UL,0x8AE818A6L},{18446744073709551615UL,0x3823C869L,0x8AE818A6L},{1UL,1UL,0x8AE818A6L}},{{0x3823C869L,18446744073709551615UL,0x8AE818A6L},{18446744073709551615UL,0x3823C869L,0x8AE818A6L},{1UL,1UL,0x8AE818A6L},{0x3823C869L,18446744073709551615UL,0x8AE818A6L},{18446744073709551615UL,0x3823C869L,0x8AE818A6L}}};
            int64_t **l_2168[10][2][8] = {{{&g_1035[2],&g_1035[0],&g_1035[2],&g_1035[0],(void*)0,&g_1035[1],&g_1035[1],&g_1035[2]},{&g_1035[1],&g_1035[2],&g_1035[1],&g_1035[1],&g_1035[0],&g_1035[0],(void*)0,&g_1035[2]}},{{&g_1035[1],&g_1035[2],&g_1035[2],&g_1035[1],(void*)0,&g_1035[1],&g_1035[0],&g_1035[1]},{&g_1035[2],&g_1035[1],&g_1035[1],&g_1035[1],&g_1035[1],&g_1035[0],&g_1035[1],&g_1035[1]}},{{(void*)0,&g_1035[1],&g_1035[1],&g_1035[1],&g_1035[2],&g_1035[1],&g_1035[1],(void*)0},{&g_1035[1],&g_1035[1],(void*)0,&g_1035[1],(void*)0,(void*)0,&g_1035[1],&g_1035[0]}},{{&g_1035[1],&g_1035[0],&g_1035[1],&g_1035[1],(void*)0,&g_1035[0],&g_1035[2],&g_1035[0]},{&g_1035[2],&g_1035[0],(void*)0,&g_1035[1],&g_1035[2],(void*)0,(void*)0,(void*)0}},{{(void*)0,&g_1035[2],(void*)0,(void*)0,&g_1035[1],&g_1035[2],&g_1035[1],&g_1035[1]},{&g_1035[1],(void*)0,&g_1035[0],&g_1035[2],(void*)0,(void*)0,&g_1035[2],&g_1035[0]}},{{&g_1035[1],&g_1035[1],&g_1035[2],&g_1035[1],&g_1035[1],&g_1035[1],(void*)0,&g_1035[0]},{&g_1035[2],(void*)0,&g_1035[1],&g_1035[1],(void*)0,&g_1035[1],&g_1035[1],&g_1035[0]}},{{(void*)0,&g_1035[1],(void*)0,&g_1035[1],&g_1035[0],&g_1035[1],&g_1035[2],&g_1035[0]},{&g_1035[1],&g_1035[0],&g_1035[1],&g_1035[2],&g_1035[1],&g_1035[1],&g_1035[2],&g_1035[1]}},{{&g_1035[2],&g_1035[0],&g_1035[1],(void*)0,&g_1035[1],&g_1035[1],&g_1035[1],&g_1035[1]},{&g_1035[2],(void*)0,&g_1035[1],&g_1035[1],(void*)0,&g_1035[2],&g_1035[1],(void*)0}},{{&g_1035[1],&g_1035[1],(void*)0,&g_1035[1],&g_1035[0],(void*)0,&g_1035[0],&g_1035[1]},{&g_1035[1],(void*)0,&g_1035[1],&g_1035[1],(void*)0,&g_1035[0],&g_1035[1],(void*)0}},{{&g_1035[1],&g_1035[2],&g_1035[0],&g_1035[2],&g_1035[2],&g_1035[1],&g_1035[1],&g_1035[1]},{(void*)0,(void*)0,(void*)0,&g_1035[1],(void*)0,&g_1035[1],(void*)0,(void*)0}}};
            int32_t l_2193 = 0x634A5C2FL;
            int32_t l_2194 = (-1L);
            int i, j, k;
            for (l_2120 = 12; (l_2120 < 7); --l_2120)
            {
                (**l_2115) = l_2138;
            }
            if (l_1658)
                goto lbl_2180;
lbl_2180:
            for (g_212 = (-20); (g_212 <= (-26)); g_212 = safe_sub_func_int32_t_s_s(g_212, 1))
            {
                int32_t *l_2141 = &g_55;
                int32_t *l_2142 = (void*)0;
                int32_t *l_2143 = &l_2134[4][1][0];
                int32_t *l_2144 = &g_55;
                --l_2145[5][2][2];
                for (l_1659 = 0; (l_1659 >= 0); --l_1659)
                {
                    int64_t ***l_2169 = &l_2168[7][1][0];
                    (*g_1487) = ((((safe_mod_func_int16_t_s_s((safe_add_func_uint64_t_u_u(((safe_div_func_int64_t_s_s((safe_mul_func_int16_t_s_s((safe_mul_func_int8_t_s_s((65535UL && 1UL), (safe_mod_func_int16_t_s_s((safe_mul_func_uint8_t_u_u((0x845B103FL ^ (safe_sub_func_int16_t_s_s(0xFF3FL, ((((((safe_rshift_func_uint16_t_u_s((((*l_2169) = l_2168[8][0][1]) == ((safe_mul_func_uint8_t_u_u((safe_mul_func_uint16_t_u_u(g_108[4], (((l_2134[2][0][0] |= (+g_3[6])) & p_27) > ((*l_2141) |= ((safe_mod_func_uint8_t_u_u((safe_add_func_int64_t_s_s(((*g_1757) = 0xC29549427E9586BCLL), l_2145[0][4][1])), 253UL)) == (***g_188)))))), p_27)) , (void*)0)), 4)) && 0UL) <= 0x28L) || p_27) <= 18446744073709551615UL) , g_81[0])))), 0x32L)), 0x1F8EL)))), p_27)), 1L)) < g_2032), 18446744073709551615UL)), l_2179)) , 0x11L) , 18446744073709551615UL) , 0L);
                }
            }
            l_2194 = ((*p_30) & (safe_sub_func_uint64_t_u_u((safe_div_func_int16_t_s_s((((l_1659 = ((0xF8993C554417F2D7LL <= p_27) & ((p_27 > (((safe_sub_func_int32_t_s_s((((*g_759) = l_2145[5][2][2]) > (l_2145[5][2][2] == 0x7B40CCCE83C8885BLL)), (l_2134[2][0][0] = (safe_add_func_int8_t_s_s(g_3[3], (l_2193 = ((***g_188) = (safe_mul_func_uint8_t_u_u((p_27 != l_2145[5][2][2]), p_27))))))))) ^ l_2179) < p_27)) , l_2134[2][0][0]))) , p_27) > p_27), l_1667)), p_27)));
            if ((safe_mul_func_uint8_t_u_u(0x17L, (0x6095F681L || l_2134[2][0][0]))))
            {
                (*g_1487) = (*p_30);
            }
            else
            {
                uint8_t *l_2197 = &l_2120;
                uint8_t **l_2198 = &l_2197;
                uint8_t *l_2200[6][8][5] = {{{&g_163,&g_163,&g_607,(void*)0,&l_2120},{&g_303[0],&g_163,&g_303[0],&g_163,&l_1724},{&g_303[0],&g_607,&g_303[0],&g_163,&g_303[0]},{&l_2120,&g_303[0],&l_1724,&g_163,(void*)0},{&g_163,&l_2120,&g_163,&g_303[0],&g_607},{&g_163,&l_2120,(void*)0,(void*)0,(void*)0},{&l_2120,&g_303[0],&g_303[0],&g_303[0],&g_303[0]},{&g_303[0],&g_163,&l_1724,&g_607,&g_163}},{{&g_303[0],(void*)0,&g_163,&l_1724,&g_607},{&g_163,&l_1724,&g_303[0],(void*)0,&g_303[0]},{&g_163,&g_303[0],&l_2120,&g_303[0],&g_163},{&g_607,(void*)0,&l_1724,&l_2120,&g_163},{&l_1724,&g_163,&g_303[0],&g_607,&l_1724},{&g_303[0],&l_2120,&l_1724,(void*)0,&g_163},{&g_607,&g_607,&l_2120,&g_303[0],&g_163},{&g_163,&l_1724,&g_607,&l_1724,&g_303[0]}},{{&g_303[0],&g_607,&g_607,&l_2120,&g_607},{&l_1724,&g_303[0],&l_1724,(void*)0,&g_163},{&l_1724,&g_607,&g_607,(void*)0,&g_303[0]},{&g_303[0],(void*)0,&l_2120,&g_303[0],(void*)0},{&g_163,&l_2120,&l_2120,&l_1724,&g_607},{(void*)0,&g_303[0],&g_303[0],&l_1724,(void*)0},{&g_303[0],&g_303[0],&g_303[0],&g_303[0],&g_303[0]},{&l_1724,(void*)0,&g_303[0],(void*)0,&l_1724}},{{&g_163,&g_303[0],&g_607,(void*)0,&l_2120},{(void*)0,&g_607,&g_163,&l_2120,&g_607},{&g_303[0],&l_1724,&g_303[0],&l_1724,&l_1724},{&g_607,&g_303[0],&g_607,&g_303[0],&l_2120},{(void*)0,&g_163,(void*)0,(void*)0,&l_2120},{&g_303[0],&l_2120,&l_2120,&g_607,(void*)0},{&l_2120,(void*)0,&l_1724,&l_1724,&g_303[0]},{&g_607,&l_2120,&g_303[0],&g_163,(void*)0}},{{&g_303[0],&g_163,&l_1724,&l_1724,&g_303[0]},{&g_607,&g_303[0],&g_607,&g_163,&g_607},{(void*)0,&l_2120,&g_303[0],&g_303[0],&g_303[0]},{(void*)0,&g_163,(void*)0,&g_303[0],&g_607},{&l_1724,(void*)0,&g_163,(void*)0,&g_303[0]},{(void*)0,&l_2120,&g_303[0],&l_1724,&g_303[0]},{&g_163,&l_2120,&g_303[0],&g_303[0],&g_607},{(void*)0,(void*)0,&g_303[0],&g_303[0],&g_303[0]}},{{(void*)0,&g_163,&g_303[0],&g_163,&g_303[0]},{&l_1724,&l_2120,&g_607,&g_607,&g_163},{&g_303[0],&g_303[0],&g_303[0],&l_1724,&l_1724},{&g_163,&g_163,&l_1724,&l_1724,&g_163},{&g_303[0],&l_2120,&g_303[0],&g_303[0],(void*)0},{&g_303[0],(void*)0,&g_303[0],&l_1724,&g_303[0]},{&g_163,&l_1724,&l_2120,&g_303[0],&g_607},{&g_303[0],&g_303[0],&l_1724,&g_303[0],(void*)0}}};
                uint8_t **l_2199 = &l_2200[3][0][3];
                int32_t l_2212 = 0x8118D7CAL;
                int i, j, k;
                (*g_1487) &= ((p_27 && (((***g_796) = (*g_189)) != ((*l_2199) = ((*l_2198) = l_2197)))) , ((safe_lshift_func_uint8_t_u_u((safe_rshift_func_int8_t_s_u(9L, (****g_796))), 2)) , (((*g_759) = (((++(**l_2198)) , (*l_2138)) != (void*)0)) , (((safe_div_func_uint32_t_u_u(((((safe_rshift_func_uint8_t_u_u((***g_188), 1)) , (*g_190)) < 0x3FL) <= l_2211), 4294967288UL)) , p_27) , l_2193))));
                return l_2212;
            }
        }
        else
        {
            uint16_t *l_2217 = &l_2044;
            const int32_t l_2218 = 0L;
            int32_t l_2233 = 0x7C18B7ECL;
            int16_t l_2250 = (-5L);
            int32_t l_2251 = (-1L);
            int32_t l_2253 = (-1L);
            int32_t l_2254[5];
            uint32_t l_2255 = 0x7CDD5EE8L;
            uint64_t *****l_2263 = &g_1777;
            const uint64_t *l_2265[4][1][2];
            int16_t ***l_2268 = &g_373;
            uint32_t l_2269 = 0xD8AA26D3L;
            const uint32_t **l_2294 = (void*)0;
            const uint32_t ***l_2293 = &l_2294;
            const uint32_t ****l_2292 = &l_2293;
            const uint32_t *****l_2291 = &l_2292;
            uint64_t l_2334 = 9UL;
            uint16_t l_2382 = 65530UL;
            int i, j, k;
            for (i = 0; i < 5; i++)
                l_2254[i] = 0x30FCEA03L;
            for (i = 0; i < 4; i++)
            {
                for (j = 0; j < 1; j++)
                {
                    for (k = 0; k < 2; k++)
                        l_2265[i][j][k] = &g_147;
                }
            }
lbl_2238:
            l_2235 ^= ((((safe_sub_func_uint64_t_u_u((safe_sub_func_int16_t_s_s(l_2134[5][1][0], ((*l_2217) = g_1266))), (l_2218 || p_27))) != (safe_div_func_uint64_t_u_u(p_27, (safe_sub_func_uint16_t_u_u(((safe_rshift_func_uint8_t_u_s((*g_190), 6)) ^ p_27), ((((safe_lshift_func_int16_t_s_u(((*l_2130) |= ((((safe_div_func_int16_t_s_s((l_2233 |= ((safe_lshift_func_uint8_t_u_s(4UL, (safe_mod_func_int16_t_s_s(l_2218, p_27)))) ^ l_2218)), 0x90C7L)) ^ 0L) == l_2179) >= l_2234)), l_2134[0][0][0])) & g_915) || 0xFD78F35095874B0DLL) & p_27)))))) == p_27) >= (-1L));
lbl_2272:
            if (l_2135)
            {
                int32_t **l_2236 = (void*)0;
                int32_t **l_2237 = &g_2023[6];
                p_30 = ((*l_2237) = ((*p_29) = (void*)0));
                return l_2134[2][0][0];
            }
            else
            {
                int32_t *l_2239 = &g_86[2][0][0];
                int32_t *l_2240 = &l_1661[2];
                int32_t l_2241 = 0xE6006E01L;
                int32_t *l_2242 = &l_2134[2][0][0];
                int32_t *l_2243 = &g_55;
                int32_t *l_2244 = &l_1658;
                int32_t *l_2245 = &g_78;
                int32_t *l_2246 = &g_86[2][0][0];
                int32_t *l_2247 = (void*)0;
                int32_t *l_2248 = &g_1167;
                int32_t *l_2249[8] = {&g_1167,&g_1167,&g_1167,&g_1167,&g_1167,&g_1167,&g_1167,&g_1167};
                int i;
                if (g_607)
                    goto lbl_2238;
                l_2255--;
                ++l_2258;
            }
            if (((p_27 , (l_2134[2][0][0] = ((((l_2262[1] = g_2261) == (l_2264[0] = l_2263)) , ((((*g_910) = (*l_2133)) == (void*)0) , &l_2038)) == l_2265[1][0][1]))) , (l_2269 = (((g_2032++) & ((((void*)0 == l_2268) , l_2120) <= l_2250)) & p_27))))
            {
                int16_t l_2274 = 9L;
                uint32_t **l_2279 = &g_1139;
                int32_t l_2280 = 0xAB8FC681L;
                for (g_2032 = (-13); (g_2032 == 19); ++g_2032)
                {
                    if (l_2250)
                        goto lbl_2272;
                    if (((safe_unary_minus_func_uint64_t_u(0x5D02924AA8E00EDFLL)) , l_2274))
                    {
                        (**g_431) = (void*)0;
                        if ((*p_30))
                            continue;
                    }
                    else
                    {
                        int64_t l_2277 = 0L;
                        const int32_t **l_2278 = &g_118;
                        l_2277 = (safe_add_func_uint64_t_u_u((0xD7L == 1L), l_2004[4][3]));
                        (*l_2278) = (*g_843);
                        if (l_2277)
                            break;
                    }
                    for (g_281 = 0; (g_281 <= 0); g_281 += 1)
                    {
                        (**g_1861) = l_2279;
                        l_2280 |= (1L | p_27);
                        return p_27;
                    }
                }
            }
            else
            {
                int64_t l_2302[10] = {0L,0x48E10A5CF46DF9A8LL,0x48E10A5CF46DF9A8LL,0L,0x45DC80C3E8780ADCLL,0L,0x48E10A5CF46DF9A8LL,0x48E10A5CF46DF9A8LL,0L,0x45DC80C3E8780ADCLL};
                int32_t l_2306 = 1L;
                int16_t l_2338[7] = {1L,0xFF00L,0xFF00L,1L,0xFF00L,0xFF00L,1L};
                int32_t l_2378 = 0L;
                int32_t l_2379[8][8][4] = {{{0L,0x5C42CF0DL,0L,0L},{0x03CCB1C9L,0x1CF50B02L,0x5C42CF0DL,0x5C42CF0DL},{0x92FB208BL,0x92FB208BL,0x5C42CF0DL,6L},{0x03CCB1C9L,1L,0L,0x1CF50B02L},{0L,0L,6L,0L},{6L,0L,0L,0x1CF50B02L},{0L,1L,0x03CCB1C9L,6L},{0x5C42CF0DL,0x92FB208BL,0x92FB208BL,0x5C42CF0DL}},{{0x5C42CF0DL,0x1CF50B02L,0x03CCB1C9L,0L},{0L,0x5C42CF0DL,0L,0x43299C14L},{6L,0xF99A812EL,6L,0x43299C14L},{0L,0x5C42CF0DL,0L,0L},{0x03CCB1C9L,0x1CF50B02L,0x5C42CF0DL,0x5C42CF0DL},{0x92FB208BL,0x92FB208BL,0x5C42CF0DL,6L},{0x03CCB1C9L,1L,0L,0x1CF50B02L},{0L,0L,6L,0L}},{{6L,0L,0L,0x1CF50B02L},{0L,1L,0x03CCB1C9L,6L},{0x5C42CF0DL,0x92FB208BL,0x92FB208BL,0x92FB208BL},{0x92FB208BL,0x5C42CF0DL,6L,1L},{0xF99A812EL,0x92FB208BL,0x03CCB1C9L,0L},{0x1CF50B02L,0L,0x1CF50B02L,0L},{0x03CCB1C9L,0x92FB208BL,0xF99A812EL,1L},{6L,0x5C42CF0DL,0x92FB208BL,0x92FB208BL}},{{0x43299C14L,0x43299C14L,0x92FB208BL,0x1CF50B02L},{6L,0L,0xF99A812EL,0x5C42CF0DL},{0x03CCB1C9L,0xF99A812EL,0x1CF50B02L,0xF99A812EL},{0x1CF50B02L,0xF99A812EL,0x03CCB1C9L,0x5C42CF0DL},{0xF99A812EL,0L,6L,0x1CF50B02L},{0x92FB208BL,0x43299C14L,0x43299C14L,0x92FB208BL},{0x92FB208BL,0x5C42CF0DL,6L,1L},{0xF99A812EL,0x92FB208BL,0x03CCB1C9L,0L}},{{0x1CF50B02L,0L,0x1CF50B02L,0L},{0x03CCB1C9L,0x92FB208BL,0xF99A812EL,1L},{6L,0x5C42CF0DL,0x92FB208BL,0x92FB208BL},{0x43299C14L,0x43299C14L,0x92FB208BL,0x1CF50B02L},{6L,0L,0xF99A812EL,0x5C42CF0DL},{0x03CCB1C9L,0xF99A812EL,0x1CF50B02L,0xF99A812EL},{0x1CF50B02L,0xF99A812EL,0x03CCB1C9L,0x5C42CF0DL},{0xF99A812EL,0L,6L,0x1CF50B02L}},{{0x92FB208BL,0x43299C14L,0x43299C14L,0x92FB208BL},{0x92FB208BL,0x5C42CF0DL,6L,1L},{0xF99A812EL,0x92FB208BL,0x03CCB1C9L,0L},{0x1CF50B02L,0L,0x1CF50B02L,0L},{0x03CCB1C9L,0x92FB208BL,0xF99A812EL,1L},{6L,0x5C42CF0DL,0x92FB208BL,0x92FB208BL},{0x43299C14L,0x43299C14L,0x92FB208BL,0x1CF50B02L},{6L,0L,0xF99A812EL,0x5C42CF0DL}},{{0x03CCB1C9L,0xF99A812EL,0x1CF50B02L,0xF99A812EL},{0x1CF50B02L,0xF99A812EL,0x03CCB1C9L,0x5C42CF0DL},{0xF99A812EL,0L,6L,0x1CF50B02L},{0x92FB208BL,0x43299C14L,0x43299C14L,0x92FB208BL},{0x92FB208BL,0x5C42CF0DL,6L,1L},{0xF99A812EL,0x92FB208BL,0x03CCB1C9L,0L},{0x1CF50B02L,0L,0x1CF50B02L,0L},{0x03CCB1C9L,0x92FB208BL,0xF99A812EL,1L}},{{6L,0x5C42CF0DL,0x92FB208BL,0x92FB208BL},{0x43299C14L,0x43299C14L,0x92FB208BL,0x1CF50B02L},{6L,0L,0xF99A812EL,0x5C42CF0DL},{0x03CCB1C9L,0xF99A812EL,0x1CF50B02L,0xF99A812EL},{0x1CF50B02L,0xF99A812EL,0x03CCB1C9L,0x5C42CF0DL},{0xF99A812EL,0L,6L,0x1CF50B02L},{0x92FB208BL,0x43299C14L,0x43299C14L,0x92FB208BL},{0x92FB208BL,0x5C42CF0DL,6L,1L}}};
                int i, j, k;
                if ((safe_div_func_uint64_t_u_u((((*l_2217) ^= (((****g_796) = ((safe_add_func_uint16_t_u_u((safe_mul_func_int8_t_s_s(((l_2253 == ((((safe_lshift_func_uint8_t_u_s((((safe_mul_func_uint16_t_u_u(((l_2291 != (p_27 , (l_2258 , g_2295))) <= ((safe_mul_func_int16_t_s_s((safe_div_func_int64_t_s_s(((*p_30) || 0x4A475513L), g_2301)), (l_2134[0][0][0] , l_2302[9]))) , (*g_759))), p_27)) , p_27) , l_2218), 5)) & 0xE271L) == (*p_30)) >= p_27)) , l_2302[8]), l_2302[9])), p_27)) | p_27)) == p_27)) , 18446744073709551615UL), 0x8F071AEF259F4F3ELL)))
                {
                    int32_t *l_2303 = &l_1661[0];
                    (*g_1487) &= ((void*)0 != p_30);
                    (*g_95) = l_2303;
                    for (g_212 = 12; (g_212 <= (-10)); g_212--)
                    {
                        int32_t *l_2312 = &g_86[2][0][0];
                        (*****g_1720) = ((((**g_189) & ((l_2306 ^= (*l_2303)) || p_27)) & ((safe_sub_func_int8_t_s_s(((l_2251 = (safe_mul_func_int16_t_s_s(1L, p_27))) <= (0UL | ((((*l_2312) |= ((+(p_27 , 0x76C0L)) || (-6L))) , (-8L)) , (*l_2303)))), (****g_796))) , 1L)) & (****g_796));
                        (***g_430) = (*p_29);
                        --l_2313;
                    }
                }
                else
                {
                    uint32_t l_2324 = 0xFEF5D2D2L;
                    uint8_t **l_2326 = &g_190;
                    int32_t l_2335 = 0L;
                    int32_t l_2386 = 0x740B7C53L;
                    uint8_t ***l_2401 = (void*)0;
                    uint8_t ***l_2402 = &g_189;
                    int16_t *l_2404 = &l_2211;
                    (*g_1487) = ((((((safe_add_func_uint64_t_u_u(((safe_div_func_int16_t_s_s((safe_lshift_func_int16_t_s_u((l_2258 && ((0x3D9CL & ((((l_2324 = ((l_2233 ^= p_27) || l_2235)) < ((**g_796) != (l_2326 = l_2325))) | (safe_mod_func_int64_t_s_s((p_27 < (safe_add_func_int8_t_s_s(((safe_mul_func_uint8_t_u_u((!(l_2334 &= ((p_27 > ((void*)0 == &p_27)) & 0x3CC93153FAC0B9FALL))), (***g_188))) ^ p_27), g_2301))), p_27))) | (****g_187))) | 0L)), 4)), p_27)) , p_27), l_2335)) <= l_2302[7]) < p_27) != p_27) > 2UL) , (*p_30));
                    for (l_2211 = (-18); (l_2211 >= (-12)); l_2211 = safe_add_func_int32_t_s_s(l_2211, 9))
                    {
                        int32_t *l_2339 = (void*)0;
                        int32_t *l_2340 = &l_2306;
                        int32_t *l_2341 = &l_1656;
                        int32_t *l_2342 = &l_1659;
                        int32_t *l_2343 = &l_2335;
                        int32_t *l_2344 = &g_1167;
                        int32_t *l_2345 = &l_2254[2];
                        int32_t *l_2346 = &g_1167;
                        int32_t *l_2347 = &l_2254[2];
                        int32_t *l_2348 = &g_86[1][0][0];
                        int32_t *l_2349 = &l_2251;
                        int32_t *l_2350 = &l_2251;
                        int32_t *l_2351 = (void*)0;
                        int32_t *l_2352 = &l_2306;
                        int32_t *l_2353 = &l_1659;
                        int32_t *l_2354 = &g_82[1];
                        int32_t *l_2355 = &l_1661[2];
                        int32_t *l_2356 = &l_1661[4];
                        int32_t *l_2357 = &g_82[3];
                        int32_t *l_2358 = &l_2233;
                        int32_t *l_2359 = &l_2235;
                        int32_t *l_2360 = (void*)0;
                        int32_t *l_2361 = &g_2301;
                        int32_t *l_2362 = &l_1661[5];
                        int32_t *l_2363 = &g_78;
                        int32_t *l_2364 = &g_82[2];
                        int32_t *l_2365 = (void*)0;
                        int32_t *l_2366 = (void*)0;
                        int32_t l_2367 = (-1L);
                        int32_t *l_2368 = &g_82[3];
                        int32_t *l_2369 = &g_86[2][0][0];
                        int32_t *l_2370 = &l_1659;
                        int32_t *l_2371 = &g_78;
                        int32_t *l_2372 = &g_82[3];
                        int32_t *l_2373 = (void*)0;
                        int32_t *l_2374 = &l_2367;
                        int32_t *l_2375 = &l_1656;
                        int32_t *l_2376 = &g_2301;
                        int32_t *l_2377[5][3][4] = {{{&l_2335,&l_2335,&g_82[0],&l_2335},{&l_2335,&l_2251,&l_2251,&l_2335},{&l_2251,&l_2335,&g_82[0],&g_82[0]}},{{&l_2251,&l_2251,&l_2335,&l_2251},{&l_2251,&g_82[0],&g_82[0],&l_2251},{&g_82[0],&l_2251,&g_82[0],&g_82[0]}},{{&l_2251,&l_2251,&l_2335,&l_2251},{&l_2251,&g_82[0],&g_82[0],&l_2251},{&g_82[0],&l_2251,&g_82[0],&g_82[0]}},{{&l_2251,&l_2251,&l_2335,&l_2251},{&l_2251,&g_82[0],&g_82[0],&l_2251},{&g_82[0],&l_2251,&g_82[0],&g_82[0]}},{{&l_2251,&l_2251,&l_2335,&l_2251},{&l_2251,&g_82[0],&g_82[0],&l_2251},{&g_82[0],&l_2251,&g_82[0],&g_82[0]}}};
                        int32_t l_2380 = (-5L);
                        uint8_t l_2388[4] = {0UL,0UL,0UL,0UL};
                        int i, j, k;
                        l_2382--;
                        (*l_2344) = (-1L);
                        --l_2388[1];
                    }
                    if ((safe_add_func_int16_t_s_s(((*l_2404) &= ((0L != ((*l_2130) |= (l_2393 > (p_27 > (safe_sub_func_uint64_t_u_u((safe_mod_func_int8_t_s_s(((+(((safe_mul_func_int16_t_s_s((((*g_796) = &l_2326) == &l_2325), 2UL)) | ((l_2306 ^ (-1L)) && (((((((*l_2402) = l_2325) == l_2403[6][1][1]) , l_2134[4][0][0]) >= 1UL) == 0x91485C75L) | l_2324))) <= p_27)) || 0x01L), (*g_190))), 2L)))))) , p_27)), g_78)))
                    {
                        uint64_t l_2419[2];
                        int i;
                        for (i = 0; i < 2; i++)
                            l_2419[i] = 1UL;
                        (**g_431) = (void*)0;
                        l_2379[7][2][3] = (safe_mul_func_uint8_t_u_u((g_78 < (safe_mod_func_uint8_t_u_u((((****g_796) || ((safe_mod_func_int16_t_s_s(((((((safe_lshift_func_int16_t_s_s(l_2253, 9)) >= l_2254[1]) < (safe_mul_func_int16_t_s_s((((l_2338[0] & ((((l_2338[0] >= 4294967295UL) && (safe_mul_func_uint8_t_u_u((safe_rshift_func_uint8_t_u_u((6L == (l_2419[0] & 0xC9A130DFDDAE974CLL)), 7)), l_2335))) , 0x814BL) >= 65531UL)) && p_27) || 0x040C3F30B91EE4CFLL), 0x5CC7L))) & l_2387[1][6]) || p_27) < (-1L)), p_27)) ^ p_27)) != l_1656), l_2324))), l_2253));
                    }
                    else
                    {
                        return (***g_1755);
                    }
                }
                for (g_1168 = 0; (g_1168 != 11); g_1168++)
                {
                    int32_t *l_2422 = &l_2254[2];
                    int32_t *l_2423 = &l_1656;
                    int32_t *l_2424[10][9][2] = {{{&g_55,&l_2379[3][7][0]},{&g_86[2][0][0],&l_2235},{(void*)0,&g_86[2][0][0]},{&l_1661[2],&l_2387[5][5]},{(void*)0,&l_2379[0][4][2]},{&g_1167,&g_1167},{(void*)0,&g_55},{&l_2379[0][4][2],(void*)0},{&g_3[6],&g_82[3]}},{{&l_2251,&g_3[6]},{&l_2378,&g_55},{&l_2378,&g_3[6]},{&l_2251,&g_82[3]},{&g_3[6],(void*)0},{&l_2379[0][4][2],&g_55},{(void*)0,&g_1167},{&g_1167,&l_2379[0][4][2]},{(void*)0,&l_2387[5][5]}},{{&l_1661[2],&g_86[2][0][0]},{(void*)0,&l_2235},{&g_86[2][0][0],&l_2379[3][7][0]},{&g_55,(void*)0},{&l_2379[1][5][3],(void*)0},{&g_86[2][0][0],&l_2378},{&l_2251,&l_1661[2]},{&l_2381,&l_1661[2]},{&l_2251,&l_2378}},{{&g_86[2][0][0],(void*)0},{&l_2379[1][5][3],(void*)0},{&g_55,&l_2379[3][7][0]},{&g_86[2][0][0],&l_2235},{(void*)0,&g_86[2][0][0]},{&l_1661[2],&l_2387[5][5]},{(void*)0,&l_2379[0][4][2]},{&g_1167,&g_1167},{(void*)0,&g_55}},{{&l_2379[0][4][2],(void*)0},{&g_3[6],&g_82[3]},{&l_2251,&g_3[6]},{&l_2378,&g_55},{&l_2378,&g_3[6]},{&l_2251,&g_82[3]},{&g_3[6],(void*)0},{&l_2379[0][4][2],&g_55},{(void*)0,&g_1167}},{{&g_1167,&l_2379[0][4][2]},{(void*)0,&l_2387[5][5]},{&l_1661[2],&g_86[2][0][0]},{(void*)0,&l_2235},{&g_86[2][0][0],&l_2379[3][7][0]},{&g_55,(void*)0},{&l_2379[1][5][3],(void*)0},{&g_86[2][0][0],&l_2378},{&l_2251,&l_1661[2]}},{{&l_2381,&l_1661[2]},{&l_2251,&l_2378},{&g_86[2][0][0],(void*)0},{&l_2379[1][5][3],(void*)0},{&g_55,&l_2379[3][7][0]},{&g_86[2][0][0],&l_2235},{(void*)0,&g_86[2][0][0]},{&l_1661[2],&l_2387[5][5]},{(void*)0,&l_2379[0][4][2]}},{{&g_1167,&g_1167},{(void*)0,&g_55},{&l_2379[0][4][2],(void*)0},{&g_3[6],&g_82[3]},{&l_2251,&g_3[6]},{&l_2378,&g_1167},{&l_2387[5][5],&l_2251},{&l_1661[2],&g_55},{&l_2251,(void*)0}},{{&l_2251,(void*)0},{&l_2379[1][5][3],&l_2381},{&l_2381,&l_2251},{&g_82[3],&g_55},{&g_55,&l_2381},{(void*)0,&l_2254[2]},{&l_2235,(void*)0},{&g_3[6],&g_3[6]},{&l_2379[0][4][2],&l_2378}},{{&l_2381,&l_2387[5][5]},{(void*)0,&g_55},{&g_86[2][0][0],&g_55},{(void*)0,&l_2387[5][5]},{&l_2381,&l_2378},{&l_2379[0][4][2],&g_3[6]},{&g_3[6],(void*)0},{&l_2235,&l_2254[2]},{(void*)0,&l_2381}}};
                    int i, j, k;
                    l_2425[1][4]--;
                    for (l_1646 = 0; (l_1646 < (-18)); l_1646--)
                    {
                        (*l_2423) = l_2338[0];
                    }
                }
            }
        }
        ++g_2431;
    }
    return p_27;
}
static int32_t ** func_31(int32_t * p_32, uint8_t p_33, int32_t * const * p_34, uint32_t p_35)
{
    uint16_t l_838[9][10] = {{0UL,0xC9E1L,0UL,0xC1E7L,0xDE64L,4UL,0UL,0xDE64L,0xC9E1L,65531UL},{0xE4D6L,0x3C49L,0UL,0xDE64L,0xC19AL,0xDE64L,0UL,0x3C49L,0xE4D6L,0UL},{0xC1E7L,0UL,0UL,0UL,0UL,65529UL,65531UL,0xC1E7L,0x4D14L,0UL},{0xD4C5L,0xE4D6L,0x6793L,0UL,0UL,0UL,0UL,0x6793L,0xE4D6L,0xD4C5L},{0x6793L,0xC1E7L,0xE4D6L,0xDE64L,0x3C49L,0xC9E1L,0x6793L,0xD4C5L,0xC9E1L,0xE4D6L},{0xC1E7L,0xD4C5L,0x840FL,0xC1E7L,0x3C49L,0x4D14L,0x3C49L,0xC1E7L,0x840FL,0xD4C5L},{0x3C49L,0x6793L,4UL,65531UL,0UL,4UL,0xD4C5L,0xE4D6L,0x6793L,0UL},{0xDE64L,0xC1E7L,0UL,0xC9E1L,0UL,4UL,4UL,0UL,0xC9E1L,0UL},{0x3C49L,0x3C49L,0x229FL,0UL,0xC19AL,0x4D14L,65531UL,0x3C49L,0xFC74L,65531UL}};
    int32_t l_850 = (-1L);
    int32_t l_852 = 0xC7A53998L;
    uint32_t **l_906 = &g_759;
    uint32_t ***l_905 = &l_906;
    int32_t l_997 = 8L;
    int32_t l_1014 = (-8L);
    int32_t *l_1015 = &l_850;
    int32_t l_1031 = (-1L);
    int32_t l_1051 = 0xF16D3030L;
    int32_t l_1053 = 0x4A307367L;
    int32_t l_1056 = 0x5A677762L;
    int32_t l_1058 = 0L;
    int32_t l_1060 = (-1L);
    int32_t l_1062[7][7][5] = {{{0x6E994EBBL,(-1L),(-7L),0x6E994EBBL,0x13562903L},{0xA5A440EBL,0x7CB328E0L,4L,0xA1800B9DL,0L},{9L,0x6E994EBBL,6L,0x13562903L,0x4061B40DL},{0L,(-1L),(-1L),1L,(-1L)},{0L,0L,0xF0FB1C4CL,0x7CB328E0L,(-1L)},{9L,6L,0xC423B0A4L,(-1L),6L},{0xA5A440EBL,(-7L),(-1L),6L,(-1L)}},{{0x6E994EBBL,6L,4L,(-1L),0x7CB328E0L},{6L,0L,(-1L),(-1L),1L},{0x4061B40DL,(-1L),(-1L),0x4061B40DL,0x13562903L},{(-1L),0x6E994EBBL,4L,0L,0xA1800B9DL},{9L,0x7CB328E0L,0xECD94403L,0xCAC44098L,(-7L)},{9L,(-8L),1L,(-1L),0xFDCF433CL},{6L,9L,1L,0x9F795FD6L,0xC423B0A4L}},{{0xEE1145D2L,0xC423B0A4L,0xFDCF433CL,0xFDCF433CL,0xC423B0A4L},{(-1L),4L,0xF35D777AL,0x13562903L,0xFDCF433CL},{(-1L),0x13562903L,0xA1800B9DL,(-1L),(-7L)},{0xF35D777AL,6L,4L,0xFDCF433CL,9L},{(-1L),(-8L),0xF0FB1C4CL,(-1L),0xCAC44098L},{(-1L),0x9F795FD6L,0xA1800B9DL,6L,6L},{0xEE1145D2L,0x9F795FD6L,0xEE1145D2L,0xCAC44098L,(-1L)}},{{6L,(-8L),0xCAC44098L,9L,0xFDCF433CL},{9L,6L,1L,(-7L),(-1L)},{0xEE1145D2L,0x13562903L,0xCAC44098L,0xFDCF433CL,0x13562903L},{0x13562903L,4L,0xEE1145D2L,0xC423B0A4L,0xFDCF433CL},{0x9F795FD6L,0xC423B0A4L,0xA1800B9DL,0xC423B0A4L,0x9F795FD6L},{0xF35D777AL,9L,0xF0FB1C4CL,0xFDCF433CL,(-1L)},{(-7L),(-8L),4L,(-7L),0xCAC44098L}},{{0xC423B0A4L,(-1L),0xA1800B9DL,9L,(-1L)},{0xEE1145D2L,(-7L),0xF35D777AL,0xCAC44098L,0x9F795FD6L},{(-1L),(-8L),0xFDCF433CL,6L,0xFDCF433CL},{(-1L),(-1L),1L,(-1L),0x13562903L},{0xEE1145D2L,(-1L),1L,0xFDCF433CL,(-1L)},{0xC423B0A4L,4L,0xECD94403L,(-1L),0xFDCF433CL},{(-7L),(-1L),0xA1800B9DL,0x13562903L,(-1L)}},{{0xF35D777AL,(-1L),(-8L),0xFDCF433CL,6L},{0x9F795FD6L,(-8L),(-8L),0x9F795FD6L,0xCAC44098L},{0x13562903L,(-7L),0xA1800B9DL,(-1L),9L},{0xEE1145D2L,(-1L),0xECD94403L,0xCAC44098L,(-7L)},{9L,(-8L),1L,(-1L),0xFDCF433CL},{6L,9L,1L,0x9F795FD6L,0xC423B0A4L},{0xEE1145D2L,0xC423B0A4L,0xFDCF433CL,0xFDCF433CL,0xC423B0A4L}},{{(-1L),4L,0xF35D777AL,0x13562903L,0xFDCF433CL},{(-1L),0x13562903L,0xA1800B9DL,(-1L),(-7L)},{0xF35D777AL,6L,4L,0xFDCF433CL,9L},{(-1L),(-8L),0xF0FB1C4CL,(-1L),0xCAC44098L},{(-1L),0x9F795FD6L,0xA1800B9DL,6L,6L},{0xEE1145D2L,0x9F795FD6L,0xEE1145D2L,0xCAC44098L,(-1L)},{6L,(-8L),0xCAC44098L,9L,0xFDCF433CL}}};
    uint8_t ** const *l_1197 = (void*)0;
    uint32_t l_1256 = 0x84A4D867L;
    int16_t *l_1328 = &g_212;
    uint8_t l_1385 = 1UL;
    uint32_t l_1408 = 1UL;
    uint8_t *****l_1414 = &g_796;
    int32_t l_1436 = 0x2845420EL;
    uint8_t l_1455 = 0xA1L;
    int32_t *l_1458 = &l_1053;
    int32_t **l_1475 = &g_5;
    volatile int32_t *l_1488 = &g_81[3];
    uint64_t **l_1507[2];
    const int32_t * const * const **l_1511 = (void*)0;
    const int32_t * const * const ***l_1510 = &l_1511;
    int8_t l_1572 = (-1L);
    int8_t l_1585 = 0xFEL;
    int32_t **l_1593 = &g_451;
    int64_t l_1602 = 0L;
    int16_t ** const *l_1612 = &g_373;
    int32_t **l_1630 = &l_1015;
    int32_t **l_1632[4][8] = {{&g_5,&g_5,&l_1458,&l_1015,&g_5,&l_1015,&g_5,&l_1015},{&g_5,&l_1015,&g_5,&l_1015,&l_1458,&g_5,&l_1015,&g_5},{(void*)0,&l_1458,&l_1458,&g_5,&g_5,&l_1458,&l_1458,(void*)0},{(void*)0,&l_1015,&g_5,&g_5,&l_1458,&g_5,&l_1458,&g_5}};
    int32_t **l_1633 = &l_1458;
    int32_t **l_1634 = &l_1458;
    int32_t **l_1635 = &l_1015;
    int i, j, k;
    for (i = 0; i < 2; i++)
        l_1507[i] = &g_592;
    for (p_35 = 0; (p_35 <= 2); p_35 += 1)
    {
        int8_t l_830 = 0L;
        int32_t *l_831 = &g_86[2][0][0];
        int32_t *l_832 = (void*)0;
        int32_t *l_833 = &g_78;
        int32_t *l_834 = &g_86[0][0][1];
        int32_t l_835 = 0xA490B1A6L;
        int32_t *l_836 = (void*)0;
        int32_t *l_837 = &g_78;
        l_838[0][8]--;
        for (g_248 = 0; (g_248 <= 2); g_248 += 1)
        {
            for (l_835 = 2; (l_835 >= 0); l_835 -= 1)
            {
                return (**g_430);
            }
        }
    }
lbl_1427:
    for (g_607 = 0; (g_607 <= 4); g_607 += 1)
    {
        const int32_t **l_841 = &g_118;
        const int32_t **l_842 = (void*)0;
        int32_t l_847 = 0x4AD0B9F4L;
        int32_t l_851 = 1L;
        int32_t *l_863 = &g_108[7];
        uint32_t l_876 = 18446744073709551615UL;
        uint8_t l_952[10] = {0x45L,0xC7L,0x45L,0x45L,0xC7L,0x45L,0x45L,0xC7L,0x45L,0x45L};
        int16_t l_956[8];
        int8_t *l_962 = &g_824;
        int8_t *l_984 = &g_248;
        int16_t l_993 = 0x6525L;
        int16_t *l_994 = &l_993;
        int32_t *l_995[1];
        int32_t ****l_1010 = &g_714[1][6];
        uint32_t l_1032 = 0x9C78AE8BL;
        int32_t l_1072 = 0x248E137CL;
        int32_t l_1073 = (-6L);
        uint64_t l_1074[4];
        uint16_t l_1103 = 1UL;
        uint32_t l_1109 = 18446744073709551609UL;
        int16_t l_1136 = 2L;
        int8_t l_1145 = 3L;
        uint16_t *l_1150[3];
        uint16_t l_1166 = 0x3190L;
        uint32_t **l_1169 = (void*)0;
        int64_t l_1202[4][1] = {{0L},{0x6467D4201837440DLL},{0L},{0x6467D4201837440DLL}};
        int64_t **l_1208 = (void*)0;
        uint64_t l_1212 = 0xC66D6A3948F0A756LL;
        uint32_t l_1250 = 4294967295UL;
        int32_t l_1316 = 0x492C9725L;
        int i, j;
        for (i = 0; i < 8; i++)
            l_956[i] = 0x0435L;
        for (i = 0; i < 1; i++)
            l_995[i] = &g_86[2][0][0];
        for (i = 0; i < 4; i++)
            l_1074[i] = 18446744073709551613UL;
        for (i = 0; i < 3; i++)
            l_1150[i] = &l_1103;
        (*g_843) = ((*l_841) = p_32);
    }
    if ((*l_1015))
    {
        int16_t l_1356 = 1L;
        int8_t l_1357 = 2L;
        int32_t l_1358 = 0xF079F75FL;
        int32_t l_1359 = 0x8017A12DL;
        int32_t l_1360 = 0x1F3F27DBL;
        int32_t l_1361 = (-7L);
        int32_t l_1432 = 0x0F6161B3L;
        int32_t l_1433 = 0x2EE98033L;
        int32_t l_1434 = 3L;
        int32_t l_1440[6][1] = {{0x03BDBE41L},{0L},{0x03BDBE41L},{0L},{0x03BDBE41L},{0L}};
        int16_t *l_1467[2][1];
        int32_t **l_1468 = &l_1458;
        int32_t **l_1473 = &l_1458;
        int32_t **l_1476 = (void*)0;
        int16_t ***l_1483 = &g_373;
        const int32_t * const * const **l_1509 = (void*)0;
        const int32_t * const * const ***l_1508 = &l_1509;
        int i, j;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 1; j++)
                l_1467[i][j] = &g_284[3][2];
        }
        for (g_163 = 0; (g_163 > 32); g_163++)
        {
            int32_t *l_1345 = &g_82[3];
            int32_t *l_1346 = (void*)0;
            int32_t *l_1347 = &l_1060;
            int32_t *l_1348 = &l_1060;
            int32_t *l_1349 = &g_86[2][0][0];
            int32_t *l_1350 = &g_78;
            int32_t *l_1351 = &g_86[1][0][1];
            int32_t *l_1352 = (void*)0;
            int32_t *l_1353 = &g_1167;
            int32_t *l_1354 = &l_997;
            int32_t *l_1355[1];
            uint8_t l_1362 = 0x7AL;
            uint8_t *****l_1383 = (void*)0;
            uint32_t l_1403 = 4294967292UL;
            uint16_t l_1410[7] = {0UL,0x6B96L,0x6B96L,0UL,0x6B96L,0x6B96L,0UL};
            int32_t **** const *l_1425 = &g_430;
            int16_t **l_1445 = &g_374;
            int16_t l_1450 = 8L;
            int32_t **l_1469[4][8] = {{&l_1345,&l_1349,&l_1346,&l_1346,&l_1349,&l_1345,(void*)0,&l_1349},{&l_1353,(void*)0,&l_1346,&l_1353,&l_1346,(void*)0,&l_1353,&l_1345},{&l_1349,&l_1350,&l_1345,&l_1353,&l_1353,&l_1345,&l_1350,&l_1349},{&l_1345,&l_1353,(void*)0,&l_1346,&l_1353,&l_1346,(void*)0,&l_1353}};
            int32_t **l_1474 = &l_1348;
            int i, j;
            for (i = 0; i < 1; i++)
                l_1355[i] = &l_1051;
            l_1362++;
            for (g_1167 = 0; (g_1167 != 1); g_1167++)
            {
                uint8_t *l_1377 = &g_607;
                int32_t l_1382 = 0L;
                uint32_t *l_1384 = &g_210;
                int32_t l_1429[3];
                uint32_t l_1437 = 18446744073709551615UL;
                const uint8_t *l_1444 = &g_303[0];
                const uint8_t **l_1443 = &l_1444;
                const uint8_t ***l_1442 = &l_1443;
                const uint8_t ****l_1441 = &l_1442;
                int16_t ** const * const **l_1460 = &g_1459[0];
                int i;
                for (i = 0; i < 3; i++)
                    l_1429[i] = (-1L);
                if ((((((*l_1015) = (safe_lshift_func_int8_t_s_u(p_35, ((((*l_1347) = ((*l_1350) &= 0x68DF2180L)) == (safe_mod_func_uint8_t_u_u((safe_div_func_int32_t_s_s(((*l_1354) ^= ((((*l_1015) < (((safe_mod_func_uint64_t_u_u((safe_sub_func_int64_t_s_s(((void*)0 != (*g_1220)), ((((*l_1377) = (*g_190)) , (((*l_1384) = ((*g_759) = (0x3909030BC88B6889LL && ((((**p_34) | (safe_sub_func_int32_t_s_s(((*l_1351) = (safe_lshift_func_uint16_t_u_s(0x3416L, l_1382))), p_35))) , l_1383) != &g_796)))) & 0x1F407A94L)) <= (*l_1015)))), (*l_1015))) || p_33) != p_35)) , p_35) , l_1385)), p_35)), g_711[2][2][7]))) < 0x8D7E5A98L)))) & 0xA2B7L) != 1UL) , (****g_430)))
                {
                    uint16_t *l_1400 = (void*)0;
                    int32_t l_1407 = 0x928A5D58L;
                    int8_t *l_1409 = &g_824;
                    l_1410[2] = ((*l_1349) = (safe_mod_func_uint32_t_u_u(((*l_1384) = ((((*l_1377) = (*g_190)) >= (safe_add_func_uint32_t_u_u((1L == ((*l_1409) |= (((safe_sub_func_uint64_t_u_u(((safe_div_func_int64_t_s_s((safe_add_func_uint64_t_u_u((safe_mul_func_int8_t_s_s((p_35 < ((***l_905)++)), ((g_711[2][1][3]--) == (0xC8L & l_1403)))), (((!((safe_add_func_int64_t_s_s(l_1407, l_1408)) , 0xC4B6E6D0B64954EFLL)) >= (0xBE8F8ADE829A2AB8LL | 0xD8929C01AC96AF08LL)) > 0xFCL))), p_35)) && 1L), l_1407)) ^ g_1167) <= (-5L)))), (**g_95)))) , 0x264BD7DAL)), 7UL)));
                    if (l_1407)
                        break;
                    for (p_35 = 0; (p_35 <= 0); p_35 += 1)
                    {
                        const int32_t **l_1419 = &g_844;
                        int32_t l_1424 = 9L;
                        int32_t ** const ***l_1426 = (void*)0;
                        int i, j, k;
                        g_86[(p_35 + 2)][p_35][p_35] = (safe_mod_func_uint8_t_u_u((((((l_1424 |= (+((l_1414 == (void*)0) && (safe_mul_func_uint8_t_u_u(((safe_mul_func_int16_t_s_s((((*l_1419) = p_32) == &g_86[(p_35 + 1)][p_35][(p_35 + 1)]), ((*l_1328) = (g_86[p_35][p_35][(p_35 + 1)] < (safe_mod_func_int16_t_s_s((-1L), 0xE1ABL)))))) , (l_1357 , (safe_mul_func_uint16_t_u_u(p_33, (*l_1015))))), (*l_1015)))))) , l_1425) == l_1426) ^ (*l_1015)) , (*l_1015)), (***g_188)));
                        if (p_35)
                            goto lbl_1427;
                    }
                }
                else
                {
                    int16_t l_1428[7];
                    int32_t l_1430 = 0xDB4E135EL;
                    int32_t l_1431 = 0x267D8971L;
                    int32_t l_1435 = 1L;
                    uint64_t *l_1451 = (void*)0;
                    uint64_t *l_1452 = &g_1453;
                    int i;
                    for (i = 0; i < 7; i++)
                        l_1428[i] = 0xB0CEL;
                    ++l_1437;
                    if ((**p_34))
                        continue;
                    if (((p_33 <= (((*l_1452) |= ((((l_1440[1][0] >= (((p_33 | (((g_147 , &g_188) != l_1441) && ((l_1445 != (((*l_1377)--) , &l_1328)) == (safe_sub_func_int16_t_s_s((*l_1015), 0xA2C4L))))) , 0xF5A4997823E94CA0LL) || p_35)) >= (*l_1353)) == 1UL) < l_1450)) > l_1428[0])) , (*p_32)))
                    {
                        int32_t l_1454 = 0L;
                        --l_1455;
                    }
                    else
                    {
                        (*g_654) = l_1458;
                        if (l_1382)
                            continue;
                        if (l_1382)
                            break;
                    }
                }
                (*g_54) = ((((((*l_1460) = ((p_35 , 0xE1L) , g_1459[0])) != ((safe_sub_func_uint16_t_u_u((safe_sub_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s((((*l_1445) != l_1467[1][0]) <= l_1440[1][0]), 0)), ((l_1357 , (****g_430)) , l_1429[1]))), (-1L))) , (void*)0)) , 65535UL) & (-5L)) ^ (*g_5));
                if (p_33)
                    goto lbl_1427;
            }
            for (l_1053 = 0; (l_1053 <= 3); l_1053 += 1)
            {
                int32_t **l_1472 = &l_1355[0];
                for (l_1436 = 0; (l_1436 >= 0); l_1436 -= 1)
                {
                    int32_t **l_1470 = &l_1349;
                    int32_t **l_1471[10] = {&l_1350,&l_1350,&l_1350,&l_1350,&l_1350,&l_1350,&l_1350,&l_1350,&l_1350,&l_1350};
                    int i;
                    return l_1476;
                }
                for (g_915 = 0; (g_915 >= 0); g_915 -= 1)
                {
                    int16_t ****l_1484 = &g_372;
                    int i, j, k;
                    (**l_1474) = g_82[(g_915 + 2)];
                    (*l_1347) &= (0x40A2806D84ED71C0LL ^ ((safe_add_func_int16_t_s_s(0xF5E9L, ((void*)0 == l_1425))) ^ (((((g_711[(g_915 + 2)][(g_915 + 2)][(g_915 + 6)] && (safe_mul_func_int16_t_s_s(1L, (**l_1475)))) , ((((safe_mod_func_int32_t_s_s(((void*)0 == g_94[g_915][g_915]), (****g_430))) , &g_1271[5]) == (void*)0) || (*l_1015))) == 1L) > 247UL) >= (**g_189))));
                    (*l_1484) = l_1483;
                    if ((**g_654))
                    {
                        (*l_1347) = 0xA1A0233CL;
                        if ((*g_5))
                            continue;
                        if ((**p_34))
                            break;
                    }
                    else
                    {
                        int32_t **l_1485 = &l_1355[0];
                        return g_1486;
                    }
                }
            }
        }
        l_1488 = g_1487;
        (**l_1468) = ((((**l_1468) || (safe_rshift_func_int8_t_s_u(((safe_sub_func_int8_t_s_s((safe_sub_func_int32_t_s_s((((*g_372) = &l_1328) != &l_1328), (((**l_1473) > (safe_mod_func_int64_t_s_s(((*l_1015) = (safe_sub_func_int32_t_s_s((safe_mod_func_int16_t_s_s(((safe_lshift_func_int16_t_s_s((safe_add_func_uint32_t_u_u(((safe_mul_func_uint32_t_u_u(p_33, ((void*)0 == l_1507[1]))) | (**l_1473)), ((l_1510 = l_1508) == &l_1509))), p_35)) , (*l_1015)), (*l_1488))), 0x3CAF1E94L))), p_35))) , 4294967295UL))), 0x59L)) == (-10L)), p_33))) , p_33) < 0UL);
    }
    else
    {
        int16_t **l_1512 = (void*)0;
        int16_t ***l_1513 = &l_1512;
        int32_t l_1521 = 0xF2F26FE6L;
        int32_t **l_1523 = &l_1458;
        int64_t *l_1564 = &g_915;
        int32_t l_1573 = 0x5C5C0C2FL;
        int16_t **** const l_1584[4][9][3] = {{{(void*)0,(void*)0,&l_1513},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&l_1513},{&g_372,&g_372,&g_372},{&g_372,(void*)0,(void*)0},{&g_372,(void*)0,&g_372},{&g_372,(void*)0,&g_372},{&g_372,&l_1513,&g_372},{(void*)0,(void*)0,(void*)0}},{{(void*)0,&l_1513,&g_372},{(void*)0,(void*)0,&l_1513},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&l_1513},{&g_372,&g_372,&g_372},{&g_372,(void*)0,(void*)0},{&g_372,(void*)0,&g_372},{&g_372,(void*)0,&g_372},{&g_372,&l_1513,&g_372}},{{(void*)0,(void*)0,(void*)0},{(void*)0,&l_1513,&g_372},{(void*)0,(void*)0,&l_1513},{(void*)0,(void*)0,(void*)0},{(void*)0,(void*)0,&l_1513},{&g_372,&g_372,&g_372},{&g_372,(void*)0,(void*)0},{&g_372,(void*)0,&g_372},{&g_372,(void*)0,&g_372}},{{&g_372,&l_1513,&g_372},{(void*)0,(void*)0,(void*)0},{(void*)0,&l_1513,&g_372},{(void*)0,(void*)0,&l_1513},{&g_372,&g_372,&g_372},{(void*)0,&g_372,(void*)0},{&g_372,&l_1513,(void*)0},{&l_1513,&g_372,&g_372},{(void*)0,&g_372,&g_372}}};
        int16_t **** const *l_1583[5][8][6] = {{{(void*)0,&l_1584[0][7][1],&l_1584[3][4][2],&l_1584[3][4][2],&l_1584[3][4][2],&l_1584[3][6][1]},{&l_1584[3][6][1],&l_1584[2][6][0],&l_1584[2][5][1],&l_1584[2][6][0],&l_1584[3][6][1],&l_1584[0][7][1]},{&l_1584[3][6][1],(void*)0,&l_1584[2][6][0],&l_1584[3][4][2],(void*)0,(void*)0},{(void*)0,&l_1584[3][4][2],&l_1584[3][4][2],(void*)0,&l_1584[2][5][1],(void*)0},{&l_1584[3][4][2],(void*)0,&l_1584[2][6][0],&l_1584[0][7][1],&l_1584[3][4][2],&l_1584[0][7][1]},{&l_1584[2][5][1],(void*)0,&l_1584[2][5][1],(void*)0,&l_1584[3][4][2],&l_1584[3][6][1]},{&l_1584[2][6][0],(void*)0,&l_1584[3][4][2],&l_1584[2][5][1],&l_1584[2][5][1],&l_1584[3][4][2]},{&l_1584[3][4][2],&l_1584[3][4][2],(void*)0,&l_1584[2][5][1],(void*)0,(void*)0}},{{&l_1584[2][6][0],(void*)0,&l_1584[3][6][1],(void*)0,&l_1584[3][6][1],(void*)0},{&l_1584[2][5][1],&l_1584[2][6][0],&l_1584[3][6][1],&l_1584[0][7][1],&l_1584[3][4][2],(void*)0},{&l_1584[3][4][2],&l_1584[0][7][1],(void*)0,(void*)0,&l_1584[0][7][1],&l_1584[3][4][2]},{(void*)0,&l_1584[0][7][1],&l_1584[3][4][2],&l_1584[3][4][2],&l_1584[3][4][2],&l_1584[3][6][1]},{&l_1584[3][6][1],&l_1584[2][6][0],&l_1584[2][5][1],&l_1584[2][6][0],&l_1584[3][6][1],&l_1584[0][7][1]},{&l_1584[3][6][1],(void*)0,&l_1584[2][6][0],&l_1584[3][4][2],(void*)0,(void*)0},{(void*)0,&l_1584[3][4][2],&l_1584[3][4][2],(void*)0,&l_1584[2][5][1],(void*)0},{&l_1584[3][4][2],(void*)0,&l_1584[2][6][0],&l_1584[0][7][1],&l_1584[3][4][2],&l_1584[0][7][1]}},{{&l_1584[2][5][1],(void*)0,&l_1584[2][5][1],(void*)0,&l_1584[3][4][2],&l_1584[3][6][1]},{&l_1584[2][6][0],(void*)0,&l_1584[3][4][2],&l_1584[2][5][1],&l_1584[2][5][1],&l_1584[3][4][2]},{&l_1584[3][4][2],&l_1584[3][4][2],(void*)0,&l_1584[2][5][1],(void*)0,(void*)0},{&l_1584[2][6][0],(void*)0,&l_1584[3][6][1],(void*)0,&l_1584[3][6][1],(void*)0},{&l_1584[2][5][1],&l_1584[2][6][0],&l_1584[3][6][1],&l_1584[0][7][1],&l_1584[3][4][2],(void*)0},{&l_1584[3][4][2],&l_1584[0][7][1],(void*)0,(void*)0,&l_1584[0][7][1],&l_1584[3][4][2]},{(void*)0,&l_1584[0][7][1],&l_1584[3][4][2],&l_1584[3][4][2],&l_1584[3][4][2],&l_1584[3][6][1]},{&l_1584[3][6][1],&l_1584[2][6][0],&l_1584[2][5][1],&l_1584[2][6][0],&l_1584[3][6][1],&l_1584[0][7][1]}},{{&l_1584[3][6][1],(void*)0,&l_1584[2][6][0],&l_1584[3][4][2],(void*)0,(void*)0},{(void*)0,&l_1584[3][4][2],&l_1584[3][4][2],(void*)0,&l_1584[2][5][1],(void*)0},{&l_1584[3][4][2],(void*)0,&l_1584[2][6][0],&l_1584[0][7][1],&l_1584[3][4][2],&l_1584[0][7][1]},{&l_1584[2][5][1],(void*)0,&l_1584[2][5][1],(void*)0,&l_1584[3][4][2],&l_1584[3][6][1]},{&l_1584[2][6][0],(void*)0,&l_1584[3][4][2],&l_1584[2][5][1],&l_1584[2][5][1],&l_1584[3][4][2]},{&l_1584[3][4][2],(void*)0,&l_1584[3][4][2],&l_1584[0][7][1],&l_1584[3][6][1],&l_1584[2][6][0]},{(void*)0,&l_1584[3][4][2],&l_1584[3][4][2],&l_1584[2][6][0],&l_1584[3][4][2],&l_1584[3][4][2]},{&l_1584[0][7][1],(void*)0,&l_1584[3][4][2],(void*)0,(void*)0,&l_1584[2][6][0]}},{{&l_1584[2][5][1],(void*)0,&l_1584[3][4][2],&l_1584[3][4][2],(void*)0,&l_1584[2][5][1]},{&l_1584[3][4][2],(void*)0,&l_1584[2][5][1],(void*)0,(void*)0,&l_1584[3][4][2]},{&l_1584[3][4][2],(void*)0,&l_1584[0][7][1],(void*)0,&l_1584[3][4][2],(void*)0},{&l_1584[3][4][2],&l_1584[3][4][2],(void*)0,(void*)0,&l_1584[3][6][1],&l_1584[3][6][1]},{&l_1584[3][4][2],(void*)0,(void*)0,&l_1584[3][4][2],&l_1584[0][7][1],&l_1584[3][6][1]},{&l_1584[2][5][1],&l_1584[3][6][1],(void*)0,(void*)0,(void*)0,(void*)0},{&l_1584[0][7][1],&l_1584[3][4][2],&l_1584[0][7][1],&l_1584[2][6][0],(void*)0,&l_1584[3][4][2]},{(void*)0,&l_1584[3][6][1],&l_1584[2][5][1],&l_1584[0][7][1],&l_1584[0][7][1],&l_1584[2][5][1]}}};
        int32_t l_1590 = 1L;
        int32_t l_1604 = (-1L);
        uint32_t **l_1619 = &g_759;
        int i, j, k;
    }
    return g_1636;
}
static int32_t * func_36(uint8_t p_37, int32_t ** p_38, int32_t * p_39, int32_t * const * p_40, uint64_t p_41)
{
    int8_t l_507 = 0x81L;
    int8_t *l_512 = &g_248;
    uint8_t l_516 = 0xB4L;
    const uint32_t l_517 = 4294967295UL;
    int32_t *l_518 = &g_78;
    const int16_t *l_543 = &g_212;
    const int16_t * const *l_542 = &l_543;
    const int16_t * const **l_541 = &l_542;
    const int16_t * const ***l_540[7][6][5] = {{{&l_541,&l_541,&l_541,&l_541,&l_541},{(void*)0,&l_541,&l_541,&l_541,&l_541},{&l_541,&l_541,&l_541,&l_541,&l_541},{&l_541,&l_541,&l_541,&l_541,&l_541},{&l_541,&l_541,&l_541,&l_541,&l_541},{&l_541,&l_541,&l_541,&l_541,&l_541}},{{&l_541,(void*)0,&l_541,&l_541,&l_541},{&l_541,&l_541,&l_541,&l_541,&l_541},{&l_541,&l_541,(void*)0,&l_541,&l_541},{&l_541,&l_541,&l_541,&l_541,&l_541},{(void*)0,&l_541,(void*)0,&l_541,(void*)0},{&l_541,&l_541,(void*)0,&l_541,&l_541}},{{&l_541,&l_541,&l_541,&l_541,&l_541},{&l_541,(void*)0,&l_541,(void*)0,(void*)0},{&l_541,&l_541,&l_541,(void*)0,&l_541},{&l_541,&l_541,&l_541,&l_541,&l_541},{&l_541,&l_541,&l_541,&l_541,(void*)0},{(void*)0,&l_541,&l_541,(void*)0,&l_541}},{{&l_541,&l_541,&l_541,(void*)0,&l_541},{&l_541,&l_541,&l_541,&l_541,&l_541},{&l_541,(void*)0,(void*)0,&l_541,&l_541},{&l_541,&l_541,(void*)0,&l_541,(void*)0},{&l_541,&l_541,&l_541,&l_541,(void*)0},{&l_541,&l_541,(void*)0,&l_541,&l_541}},{{&l_541,&l_541,&l_541,&l_541,&l_541},{&l_541,(void*)0,&l_541,&l_541,&l_541},{&l_541,&l_541,&l_541,&l_541,(void*)0},{&l_541,&l_541,(void*)0,&l_541,&l_541},{&l_541,&l_541,&l_541,&l_541,(void*)0},{&l_541,&l_541,&l_541,&l_541,&l_541}},{{&l_541,&l_541,&l_541,&l_541,&l_541},{&l_541,&l_541,&l_541,&l_541,&l_541},{(void*)0,&l_541,&l_541,&l_541,&l_541},{&l_541,&l_541,(void*)0,&l_541,&l_541},{(void*)0,(void*)0,&l_541,&l_541,&l_541},{&l_541,&l_541,&l_541,&l_541,&l_541}},{{&l_541,&l_541,(void*)0,(void*)0,&l_541},{&l_541,&l_541,&l_541,&l_541,&l_541},{&l_541,&l_541,&l_541,&l_541,(void*)0},{&l_541,&l_541,&l_541,(void*)0,&l_541},{&l_541,(void*)0,&l_541,(void*)0,&l_541},{&l_541,&l_541,&l_541,&l_541,&l_541}}};
    int64_t *l_557[8] = {&g_110,&g_110,&g_110,&g_110,&g_110,&g_110,&g_110,&g_110};
    const uint8_t **l_568 = (void*)0;
    const uint8_t ***l_567 = &l_568;
    int16_t *l_573[5];
    int32_t l_576 = 0x61A89A33L;
    int32_t l_577[4][6][2] = {{{0xA104614FL,(-1L)},{(-1L),(-1L)},{0xA104614FL,6L},{4L,0xB83F6ED6L},{0x5779985CL,0xA104614FL},{0L,0x5779985CL}},{{1L,0x90321D70L},{1L,0x5779985CL},{0L,0xA104614FL},{0x5779985CL,0xB83F6ED6L},{4L,6L},{0xA104614FL,(-1L)}},{{(-1L),(-1L)},{0xA104614FL,6L},{4L,0xB83F6ED6L},{0x5779985CL,0xA104614FL},{0L,0x5779985CL},{1L,0x90321D70L}},{{1L,0x5779985CL},{0L,0xA104614FL},{0x5779985CL,0xB83F6ED6L},{4L,6L},{0xA104614FL,(-1L)},{(-1L),(-1L)}}};
    uint64_t *l_591 = (void*)0;
    int32_t *l_618 = &g_82[1];
    int32_t **l_643[4][2] = {{&g_451,&g_451},{&g_451,&g_451},{&g_451,&g_451},{&g_451,&g_451}};
    int32_t ***l_644 = &l_643[0][0];
    uint32_t *l_645 = &g_210;
    int32_t * const l_652 = &g_86[2][0][1];
    int32_t l_670 = (-5L);
    uint64_t l_684 = 18446744073709551615UL;
    int32_t l_792[4];
    int32_t *l_804 = &l_792[3];
    int i, j, k;
    for (i = 0; i < 5; i++)
        l_573[i] = (void*)0;
    for (i = 0; i < 4; i++)
        l_792[i] = 0x68314574L;
    if (((*l_518) |= (safe_mod_func_int64_t_s_s((safe_lshift_func_int8_t_s_u(((p_37 , (safe_lshift_func_uint8_t_u_s((((p_37 || 0x5D3DL) && (safe_mod_func_int32_t_s_s((safe_mul_func_uint8_t_u_u((safe_mul_func_int8_t_s_s(((l_507 & 4294967295UL) , (safe_mul_func_uint16_t_u_u(l_507, ((safe_mul_func_int8_t_s_s(((*l_512) = g_108[6]), (safe_lshift_func_int16_t_s_s(((((****g_376) = (l_507 < (!p_37))) == l_507) & p_41), l_516)))) >= g_210)))), l_517)), p_37)), 4294967295UL))) , 0x32L), 3))) == g_55), 1)), p_37))))
    {
        uint32_t l_521 = 18446744073709551615UL;
        int16_t **l_524[3][9] = {{&g_374,&g_374,&g_374,&g_374,&g_374,&g_374,&g_374,&g_374,&g_374},{&g_374,&g_374,&g_374,&g_374,&g_374,&g_374,&g_374,&g_374,&g_374},{&g_374,&g_374,&g_374,&g_374,&g_374,&g_374,&g_374,&g_374,&g_374}};
        uint16_t *l_525 = (void*)0;
        uint16_t *l_526 = &g_112;
        int32_t *l_527 = &g_86[2][0][0];
        int i, j;
        l_527 = ((*g_95) = (*p_38));
    }
    else
    {
        int32_t *l_528[2][9][4];
        int32_t **l_529 = &g_451;
        int16_t ****l_539 = &g_372;
        int32_t l_556 = (-5L);
        uint8_t l_574 = 0x9EL;
        int32_t l_578 = (-8L);
        int32_t l_579[7];
        uint16_t l_580 = 0xDE9EL;
        int i, j, k;
        for (i = 0; i < 2; i++)
        {
            for (j = 0; j < 9; j++)
            {
                for (k = 0; k < 4; k++)
                    l_528[i][j][k] = (void*)0;
            }
        }
        for (i = 0; i < 7; i++)
            l_579[i] = 6L;
        (*g_95) = (*p_38);
        if ((18446744073709551609UL || ((l_528[0][5][0] = l_528[0][5][0]) == ((*l_529) = p_39))))
        {
            uint32_t l_547 = 9UL;
            uint16_t l_555[4][8][4] = {{{1UL,0xD603L,0UL,0x930FL},{0x58EEL,0UL,65532UL,0UL},{1UL,0UL,2UL,0UL},{0x5E84L,0UL,0xF98BL,1UL},{2UL,1UL,0x456BL,0xD127L},{65535UL,0UL,0xD603L,0x536FL},{65535UL,0x58EEL,1UL,0x3335L},{65526UL,2UL,65526UL,65532UL}},{{0x0414L,65535UL,2UL,0x456BL},{0x930FL,0x2F6EL,0x536FL,65535UL},{0x0936L,0x1568L,0x536FL,0x930FL},{0x930FL,0UL,2UL,0UL},{0x0414L,65535UL,65526UL,0UL},{65526UL,0UL,1UL,0UL},{65535UL,0x0936L,0xD603L,0xD603L},{65535UL,65535UL,0x456BL,65535UL}},{{2UL,65532UL,65531UL,1UL},{65535UL,0UL,0xD127L,65531UL},{0x456BL,0UL,0x1568L,1UL},{0UL,65532UL,0x0936L,65535UL},{0x8564L,65535UL,0UL,0xD603L},{0xD127L,0x0936L,0x3335L,0UL},{0UL,0UL,0x0414L,0UL},{65531UL,65535UL,0UL,0UL}},{{1UL,0UL,0x58EEL,0x930FL},{0UL,0x1568L,0x5E84L,65535UL},{0UL,0x2F6EL,0x58EEL,0x456BL},{1UL,65535UL,0UL,65532UL},{65531UL,2UL,0x0414L,0x3335L},{0UL,0x58EEL,0x3335L,0x536FL},{0xD127L,0UL,0UL,0xD127L},{0x8564L,1UL,0x0936L,1UL}}};
            const uint8_t ****l_569 = (void*)0;
            const uint8_t ****l_570 = &l_567;
            int i, j, k;
            (*l_518) = (((*l_518) >= (*l_518)) & (safe_div_func_int8_t_s_s((p_41 > (safe_mul_func_uint16_t_u_u(((~(safe_mod_func_int8_t_s_s(((0x97322C9DL || (l_539 == (g_544 = l_540[3][5][0]))) <= (safe_div_func_int16_t_s_s((*l_518), (((l_547 || (safe_sub_func_uint16_t_u_u((safe_add_func_uint64_t_u_u((+((safe_div_func_uint32_t_u_u((0x748C148BL && (-10L)), (**g_95))) & p_37)), p_41)), l_555[2][7][3]))) , 0x24FAL) & g_248)))), 8UL))) & l_556), l_555[1][3][2]))), 0x53L)));
            g_82[3] |= (l_574 |= ((&g_110 == l_557[2]) , ((safe_add_func_int8_t_s_s(((*l_512) = ((safe_mul_func_uint8_t_u_u(((***g_188) ^= (safe_add_func_uint64_t_u_u(0UL, (safe_unary_minus_func_int64_t_s((safe_mul_func_int16_t_s_s(((((*l_570) = l_567) != (*g_187)) , (safe_sub_func_int64_t_s_s(p_37, (((*g_373) = l_573[0]) != (void*)0)))), ((-10L) >= g_210)))))))), p_37)) < (**p_40))), (*l_518))) != l_555[2][7][3])));
        }
        else
        {
            int32_t *l_575[6] = {&g_82[3],&g_3[3],&g_82[3],&g_82[3],&g_3[3],&g_82[3]};
            uint64_t *l_590 = &g_147;
            uint64_t **l_589[5][6] = {{(void*)0,&l_590,&l_590,&l_590,&l_590,&l_590},{(void*)0,(void*)0,(void*)0,&l_590,(void*)0,&l_590},{(void*)0,(void*)0,&l_590,&l_590,(void*)0,(void*)0},{(void*)0,&l_590,&l_590,&l_590,&l_590,&l_590},{(void*)0,(void*)0,(void*)0,&l_590,(void*)0,&l_590}};
            uint64_t *l_593[9][4][2] = {{{(void*)0,(void*)0},{&g_147,&g_147},{&g_147,(void*)0},{(void*)0,(void*)0}},{{&g_147,&g_147},{&g_147,(void*)0},{(void*)0,(void*)0},{&g_147,&g_147}},{{&g_147,(void*)0},{(void*)0,(void*)0},{&g_147,&g_147},{&g_147,(void*)0}},{{(void*)0,(void*)0},{&g_147,&g_147},{&g_147,(void*)0},{(void*)0,(void*)0}},{{&g_147,&g_147},{&g_147,(void*)0},{(void*)0,(void*)0},{&g_147,&g_147}},{{&g_147,(void*)0},{&g_147,&g_147},{(void*)0,&g_147},{(void*)0,&g_147}},{{&g_147,&g_147},{(void*)0,&g_147},{(void*)0,&g_147},{&g_147,&g_147}},{{(void*)0,&g_147},{(void*)0,&g_147},{&g_147,&g_147},{(void*)0,&g_147}},{{(void*)0,&g_147},{&g_147,&g_147},{(void*)0,&g_147},{(void*)0,&g_147}}};
            uint32_t **l_611 = (void*)0;
            uint32_t *l_613 = &g_608;
            uint32_t **l_612 = &l_613;
            uint32_t *l_615 = (void*)0;
            uint32_t **l_614 = &l_615;
            int i, j, k;
            ++l_580;
            g_608 &= ((safe_add_func_uint64_t_u_u((safe_mod_func_int8_t_s_s(((g_607 &= ((safe_rshift_func_uint16_t_u_s(((g_592 = (l_591 = (void*)0)) == l_593[4][0][1]), (((++(**g_189)) != p_41) & ((((((g_86[2][0][0] , g_108[5]) | (safe_mul_func_uint8_t_u_u(((safe_lshift_func_uint16_t_u_u(0xD50DL, 7)) == (safe_div_func_uint32_t_u_u(9UL, g_248))), (+(((safe_sub_func_int16_t_s_s((safe_div_func_uint32_t_u_u((g_82[0] ^ g_55), (****g_430))), l_579[4])) , p_41) == g_108[7]))))) , l_556) || 65528UL) , (*g_5)) || g_78)))) , l_578)) == p_41), 1UL)), (*l_518))) , (*g_54));
            (*l_518) |= (*g_5);
            l_579[4] = (safe_sub_func_int64_t_s_s(0L, (((((((*l_612) = ((p_41 && (**g_95)) , func_44((((*l_518) = ((l_512 = &l_507) != (g_86[2][0][0] , &l_507))) , (**g_373))))) == ((*l_614) = &g_608)) & p_41) < g_82[0]) , 3L) >= l_580)));
        }
        for (g_210 = 15; (g_210 != 36); g_210 = safe_add_func_int8_t_s_s(g_210, 1))
        {
            return l_618;
        }
    }
    if ((((((-1L) >= (safe_div_func_uint16_t_u_u(((!((safe_rshift_func_uint8_t_u_u((((((*l_518) | p_41) , (((*l_618) | (safe_lshift_func_int16_t_s_s(((((safe_mul_func_uint8_t_u_u(0UL, ((*l_512) ^= g_608))) & p_37) ^ g_55) | (safe_sub_func_int8_t_s_s((safe_add_func_uint32_t_u_u(((*l_645) = (((**g_189) ^= (safe_mod_func_int32_t_s_s(((safe_mod_func_int32_t_s_s((safe_sub_func_int64_t_s_s((safe_rshift_func_int16_t_s_s((safe_add_func_uint64_t_u_u((+(((*l_644) = l_643[0][0]) != &g_451)), (*l_518))), (*l_518))), 1L)), (*l_518))) >= (*l_618)), g_3[6]))) <= 8UL)), (**p_38))), 4L))), 10))) >= p_41)) == (*l_518)) , (****g_187)), (*l_618))) >= (*l_518))) > p_37), (-8L)))) , (*l_518)) ^ (*l_518)) <= 9L))
    {
        int32_t l_649 = 5L;
        uint8_t *l_655 = &g_303[0];
        int32_t l_673 = 0xBCB36226L;
        uint64_t **l_702 = &g_592;
        (*l_518) ^= 0L;
        for (g_212 = 0; (g_212 < 16); g_212 = safe_add_func_uint32_t_u_u(g_212, 7))
        {
            int32_t *l_648 = &g_78;
            int64_t *l_668 = &g_110;
            int32_t l_674[3];
            const int16_t **l_706 = &l_543;
            const int16_t ***l_705[7] = {&l_706,&l_706,&l_706,&l_706,&l_706,&l_706,&l_706};
            int i;
            for (i = 0; i < 3; i++)
                l_674[i] = 0x2A160DCCL;
            if (((void*)0 == &l_507))
            {
                return l_648;
            }
            else
            {
                int32_t l_669 = 6L;
                uint64_t l_675 = 0UL;
                int32_t *l_709 = &g_82[2];
                (*l_648) = l_649;
                for (l_576 = 0; (l_576 >= (-14)); l_576 = safe_sub_func_int8_t_s_s(l_576, 8))
                {
                    int32_t **l_653 = (void*)0;
                    int32_t l_671[6][1] = {{0x3C975085L},{0L},{0x3C975085L},{0L},{0x3C975085L},{0L}};
                    uint64_t **l_704 = &l_591;
                    uint64_t ***l_703 = &l_704;
                    uint16_t *l_707 = &g_112;
                    int32_t **l_708 = &l_518;
                    uint16_t *l_710 = &g_711[2][2][7];
                    int i, j;
                    for (g_147 = 0; g_147 < 3; g_147 += 1)
                    {
                        for (l_649 = 0; l_649 < 1; l_649 += 1)
                        {
                            for (g_77 = 0; g_77 < 2; g_77 += 1)
                            {
                                g_86[g_147][l_649][g_77] = 0x10756DF9L;
                            }
                        }
                    }
                    (*g_654) = l_652;
                    if ((((((void*)0 != l_655) || l_649) == ((*l_618) > (p_41 || ((safe_sub_func_int16_t_s_s(((safe_add_func_int32_t_s_s(((safe_div_func_int32_t_s_s((((safe_lshift_func_int16_t_s_s(((-4L) & (&g_110 != (((safe_sub_func_int64_t_s_s(((*l_648) , (safe_sub_func_uint64_t_u_u(0xDD2AEACD5B145A4DLL, g_108[9]))), p_41)) , 0xEECD8D16L) , l_668))), 12)) ^ p_37) , l_669), (*g_118))) && (*g_54)), 4294967295UL)) == l_670), p_41)) , p_37)))) < g_108[7]))
                    {
                        int32_t *l_672[9] = {&l_671[4][0],&l_671[4][0],&l_671[4][0],&l_671[4][0],&l_671[4][0],&l_671[4][0],&l_671[4][0],&l_671[4][0],&l_671[4][0]};
                        int i;
                        l_675--;
                        (*l_652) = l_675;
                    }
                    else
                    {
                        if ((**g_95))
                            break;
                        l_669 = (0xEFL == (safe_sub_func_uint8_t_u_u(((safe_add_func_int8_t_s_s((((safe_add_func_uint32_t_u_u((l_684 < p_41), 0x02415A31L)) <= (!p_37)) >= p_37), (*l_648))) || (safe_div_func_uint64_t_u_u(g_77, (((*l_618) |= (safe_add_func_uint32_t_u_u((safe_rshift_func_uint8_t_u_u(0x17L, l_669)), (*l_648)))) && 0x690733FBL)))), g_281)));
                    }
                    (*g_5) &= (((*l_512) = (((0x94L != (safe_mul_func_int16_t_s_s(p_37, ((p_41 = (((safe_sub_func_int64_t_s_s(((((*l_710) |= ((*l_648) != (safe_rshift_func_uint8_t_u_u((((***g_430) != (l_709 = ((*l_708) = (((((*l_707) &= ((safe_sub_func_uint64_t_u_u(p_37, (l_702 != ((*l_703) = (void*)0)))) & (l_705[3] == (void*)0))) < 0L) || 1UL) , (void*)0)))) > g_81[3]), (*l_618))))) < p_37) , g_77), l_673)) , (***g_188)) != (*l_618))) , g_147)))) , 0x92L) , g_112)) == 0xBAL);
                }
                if (l_673)
                    continue;
            }
        }
        for (l_576 = 0; (l_576 <= 1); l_576 += 1)
        {
            return (*p_38);
        }
    }
    else
    {
        int32_t ****l_716 = &l_644;
        int32_t l_717 = 6L;
        int32_t l_725 = 0x94A0F0AFL;
        int32_t l_728 = 0xF530D73BL;
        uint32_t l_767 = 18446744073709551615UL;
        uint16_t l_780 = 1UL;
        uint8_t ****l_793 = &g_188;
        int32_t l_819 = 0xB0595148L;
        int32_t l_820 = (-3L);
        int32_t l_821 = 0x4F229F02L;
        int32_t l_822[7];
        int i;
        for (i = 0; i < 7; i++)
            l_822[i] = 0L;
        (*l_652) = (-6L);
        if ((safe_div_func_uint32_t_u_u((((g_714[1][6] = &l_643[0][0]) != ((*l_716) = (void*)0)) && (((void*)0 == &l_577[3][1][1]) || (l_717 & p_37))), 0x31F90622L)))
        {
            uint64_t l_720 = 1UL;
            uint64_t **l_723 = &g_592;
            (*l_652) = ((l_728 &= (((((safe_rshift_func_int8_t_s_u(((l_717 = (l_720 = (p_41 | p_41))) != p_37), (safe_div_func_int8_t_s_s((&g_147 == ((*l_723) = &p_41)), (+((l_725 < (*l_652)) && (((7L > ((((safe_div_func_int8_t_s_s(g_82[3], (-5L))) <= 0x52DEL) , p_37) > p_37)) , g_281) == 0x67L))))))) , 0x7357F52470188DCALL) < (*l_518)) >= 1UL) ^ 0xD02E0ED6L)) && 0xBF060A8973A68B1DLL);
            return (*p_38);
        }
        else
        {
            uint32_t **l_756 = &l_645;
            int32_t l_761 = 0x24DA806FL;
            int16_t **l_776 = &l_573[0];
            uint8_t ****l_790 = (void*)0;
            int32_t l_823 = 0x1BDDE8E0L;
            int32_t l_825 = 0L;
            uint32_t l_826 = 0x3FAC5BE4L;
lbl_812:
            for (p_41 = 1; (p_41 <= 4); p_41 += 1)
            {
                const uint32_t l_781 = 18446744073709551607UL;
                int32_t *l_803 = &g_82[3];
                for (g_78 = 4; (g_78 >= 0); g_78 -= 1)
                {
                    uint32_t ***l_757 = &l_756;
                    uint64_t *l_760 = &l_684;
                    int32_t l_762 = 0L;
                    int32_t * const *l_777 = (void*)0;
                    int i;
                    (*l_618) = (safe_mod_func_uint32_t_u_u((safe_add_func_int8_t_s_s((safe_mod_func_int64_t_s_s((-2L), (safe_add_func_uint32_t_u_u(((safe_mod_func_int16_t_s_s((safe_div_func_int8_t_s_s(g_284[3][2], (safe_mod_func_int32_t_s_s((((*l_652) = ((p_37 &= (safe_div_func_int8_t_s_s((safe_mul_func_int8_t_s_s(0L, (safe_sub_func_int8_t_s_s((g_248 = ((void*)0 != &l_573[p_41])), (safe_mul_func_uint8_t_u_u(((0x4928L < (0x1C5F4467L || ((safe_unary_minus_func_uint64_t_u((((((*l_760) = ((safe_add_func_uint64_t_u_u((((*l_757) = l_756) == g_758[1]), 0x9B4528AB9ABC711FLL)) <= 1L)) <= (*l_518)) == 0x291D3D83L) < (***g_188)))) , 0L))) >= l_761), (***g_188))))))), l_762))) || l_728)) | 4294967290UL), 0x5CA7697BL)))), (-9L))) < l_717), (*l_518))))), 0xCAL)), 0xDD0834FEL));
                    (*g_95) = (*p_38);
                    l_762 = ((*l_618) = (safe_sub_func_int64_t_s_s((((((safe_rshift_func_uint8_t_u_u((l_767 || (safe_sub_func_uint16_t_u_u((safe_lshift_func_int16_t_s_s((safe_rshift_func_uint8_t_u_s(((safe_mul_func_uint16_t_u_u((((g_778 = (((((*g_759) = (&g_759 != &g_759)) , ((void*)0 == l_776)) != l_725) , ((*l_518) , (g_82[3] , l_777)))) == (void*)0) , p_41), 0L)) && l_780), 5)), l_762)), l_780))), l_781)) < 0x91C3A145977923EBLL) > (*l_652)) >= l_781) ^ l_781), 1UL)));
                    for (g_112 = 0; (g_112 <= 1); g_112 += 1)
                    {
                        if ((*l_652))
                            break;
                        (*l_652) = (***g_431);
                    }
                }
                l_725 ^= ((p_37 != p_41) == p_41);
                for (l_576 = 1; (l_576 >= 0); l_576 -= 1)
                {
                    int16_t l_786 = 7L;
                    uint8_t ****l_791 = &g_188;
                    if ((*g_54))
                    {
                        (*l_618) |= ((safe_mod_func_uint32_t_u_u(l_767, (safe_rshift_func_uint16_t_u_u((((*l_518) = l_786) || p_41), (l_780 , 65535UL))))) < (((g_284[4][4] && (safe_lshift_func_int16_t_s_s((l_725 ^= ((((((((*l_652) ^= ((((+((l_786 <= 1L) , (l_790 != l_791))) != g_248) != l_781) <= 0x419954E905E53BEFLL)) || l_761) >= p_41) >= l_781) < (**g_189)) , l_792[3]) , (-1L))), p_41))) | g_3[6]) != 18446744073709551615UL));
                    }
                    else
                    {
                        uint8_t *****l_794 = (void*)0;
                        uint8_t *****l_795 = (void*)0;
                        int32_t l_797 = 0xADEF5748L;
                        g_187 = (g_796 = (l_793 = l_793));
                        if (l_781)
                            continue;
                        l_761 = l_797;
                        l_728 |= ((1UL || (g_607 & (p_37 & ((*l_512) = ((p_41 , (((*l_652) |= 0x7C73A4F8L) || 0xD5F45E11L)) & 0x32L))))) , l_786);
                    }
                    l_803 = ((!(safe_mod_func_int8_t_s_s(((*l_512) = g_82[1]), (safe_sub_func_int64_t_s_s(3L, 0xFF4AA02CE9C009E7LL))))) , (*p_38));
                    return (*p_38);
                }
            }
            (***g_430) = l_804;
            for (g_607 = 0; (g_607 != 20); g_607 = safe_add_func_uint8_t_u_u(g_607, 1))
            {
                const uint16_t l_811[7][5] = {{0xD355L,0x193DL,0xC005L,0x956CL,0x956CL},{0x15BCL,0UL,0x15BCL,0xC005L,0xA022L},{65528UL,0UL,0xEA83L,0xD355L,0xAE89L},{0x7D57L,0x193DL,0x956CL,1UL,65528UL},{0x4C41L,0xAE89L,0xEA83L,0xAE89L,0x4C41L},{1UL,0xD355L,0x15BCL,0xAE89L,1UL},{1UL,1UL,0xC005L,1UL,0x7E4BL}};
                int32_t *l_815 = (void*)0;
                int32_t *l_816 = &g_82[3];
                int32_t *l_817 = &l_577[3][1][0];
                int32_t *l_818[5][6] = {{&l_761,&l_761,&l_761,&l_761,&l_761,&l_761},{&l_761,&l_761,&l_761,&l_761,&l_761,&l_761},{&l_761,&l_761,&l_761,&l_761,&l_761,&l_761},{&l_761,&l_761,&l_761,&l_761,&l_761,&l_761},{&l_761,&l_761,&l_761,&l_761,&l_761,&l_761}};
                int i, j;
                for (l_717 = 19; (l_717 < (-7)); l_717--)
                {
                    if (((void*)0 != &l_776))
                    {
                        return (*p_38);
                    }
                    else
                    {
                        const int16_t ***l_809 = (void*)0;
                        const int16_t ****l_810 = &l_809;
                        (*l_810) = l_809;
                        if (l_811[4][0])
                            continue;
                        if (g_608)
                            goto lbl_812;
                    }
                }
                (**g_95) |= (safe_sub_func_uint64_t_u_u(0x40B431105A2749ADLL, (-10L)));
                --l_826;
            }
        }
    }
    return (*p_38);
}
static int32_t * func_44(int16_t p_45)
{
    int32_t l_47 = (-10L);
    int32_t **l_246 = (void*)0;
    int64_t l_322[5][2][3] = {{{0L,0xE52BE7E91F815704LL,0xE52BE7E91F815704LL},{0xE52BE7E91F815704LL,(-6L),0x9C4EC4609C7BAEC8LL}},{{0L,(-6L),0L},{(-1L),0xE52BE7E91F815704LL,0x9C4EC4609C7BAEC8LL}},{{(-1L),(-1L),0xE52BE7E91F815704LL},{0L,0xE52BE7E91F815704LL,0xE52BE7E91F815704LL}},{{0xE52BE7E91F815704LL,(-6L),0x9C4EC4609C7BAEC8LL},{0L,(-6L),0L}},{{(-1L),0xE52BE7E91F815704LL,0x9C4EC4609C7BAEC8LL},{(-1L),(-1L),0xE52BE7E91F815704LL}}};
    uint16_t l_329 = 1UL;
    int32_t l_350 = 0xE63ADF2EL;
    int32_t l_408 = 0x4F9DE6A6L;
    int32_t l_409[8][8] = {{0x7128489BL,0x28D7BF2DL,0x7128489BL,0x7128489BL,0x28D7BF2DL,0x7128489BL,0x7128489BL,0x28D7BF2DL},{0x28D7BF2DL,0x7128489BL,0x7128489BL,0x28D7BF2DL,0x7128489BL,0x7128489BL,0x28D7BF2DL,0x7128489BL},{0x28D7BF2DL,0x28D7BF2DL,0xE4A41DF8L,0x28D7BF2DL,0x28D7BF2DL,0xE4A41DF8L,0x28D7BF2DL,0x28D7BF2DL},{0x7128489BL,0x28D7BF2DL,0x7128489BL,0x7128489BL,0x28D7BF2DL,0x7128489BL,0x7128489BL,0x28D7BF2DL},{0x28D7BF2DL,0x7128489BL,0x7128489BL,0x28D7BF2DL,0x7128489BL,0x7128489BL,0x28D7BF2DL,0x7128489BL},{0x28D7BF2DL,0x28D7BF2DL,0xE4A41DF8L,0x28D7BF2DL,0x7128489BL,0x28D7BF2DL,0x7128489BL,0x7128489BL},{0xE4A41DF8L,0x7128489BL,0xE4A41DF8L,0xE4A41DF8L,0x7128489BL,0xE4A41DF8L,0xE4A41DF8L,0x7128489BL},{0x7128489BL,0xE4A41DF8L,0xE4A41DF8L,0x7128489BL,0xE4A41DF8L,0xE4A41DF8L,0x7128489BL,0xE4A41DF8L}};
    int32_t l_444 = 9L;
    int8_t l_473[9];
    int16_t *l_493 = &g_284[3][2];
    int32_t *l_494 = (void*)0;
    int i, j, k;
    for (i = 0; i < 9; i++)
        l_473[i] = 0xBFL;
    if ((l_47 = (*g_5)))
    {
        uint16_t l_48 = 0xB7BEL;
        int32_t *l_51 = &l_47;
        int8_t *l_247 = &g_248;
        uint8_t l_398 = 0xA8L;
        int32_t l_407[10] = {0x03FAEA7DL,0x03FAEA7DL,(-5L),0x03FAEA7DL,0x03FAEA7DL,(-5L),0x03FAEA7DL,0x03FAEA7DL,(-5L),0x03FAEA7DL};
        int i;
        --l_48;
        (*l_51) &= ((0x2327L | p_45) == (2L || (p_45 , 65535UL)));
        for (l_48 = (-23); (l_48 != 12); l_48 = safe_add_func_uint32_t_u_u(l_48, 7))
        {
            int32_t *l_250 = &g_108[7];
            int32_t **l_249 = &l_250;
            int32_t l_251 = 0x9AA3DB18L;
            uint16_t *l_330[5][7] = {{&g_112,&g_112,&l_48,(void*)0,&l_48,(void*)0,&l_48},{&l_48,&l_48,(void*)0,(void*)0,&g_112,&l_48,&l_48},{&l_48,&l_48,(void*)0,&l_48,&l_48,&g_112,&g_112},{&g_112,&l_48,&g_112,&l_48,&g_112,&l_48,&l_48},{&l_48,(void*)0,&g_112,&l_48,&l_48,(void*)0,&g_112}};
            int64_t l_363 = (-9L);
            uint8_t l_366 = 0xA7L;
            int32_t l_406[3][1];
            uint16_t l_411 = 0xDC60L;
            int i, j;
            for (i = 0; i < 3; i++)
            {
                for (j = 0; j < 1; j++)
                    l_406[i][j] = 0x3F4CFAEAL;
            }
            (*g_54) ^= (p_45 > (*l_51));
        }
    }
    else
    {
        uint32_t *l_416 = &g_210;
        const int32_t l_417 = 0L;
        uint8_t l_418[1];
        int32_t l_439 = 0x896A5658L;
        int i;
        for (i = 0; i < 1; i++)
            l_418[i] = 0x77L;
        l_418[0] = ((safe_add_func_uint16_t_u_u(g_3[6], (((*l_416) = g_110) >= (**g_95)))) == (l_417 & g_303[0]));
        for (l_350 = 29; (l_350 < 23); l_350--)
        {
            int32_t *****l_432 = (void*)0;
            int32_t *****l_433 = &g_430;
            uint8_t *l_436[2];
            uint64_t l_437 = 0UL;
            int8_t *l_438[9][10][2] = {{{&g_248,&g_248},{(void*)0,&g_248},{&g_248,(void*)0},{&g_248,&g_248},{&g_248,&g_248},{&g_248,(void*)0},{(void*)0,&g_248},{&g_248,&g_248},{(void*)0,(void*)0},{&g_248,&g_248}},{{&g_248,&g_248},{&g_248,(void*)0},{&g_248,&g_248},{(void*)0,&g_248},{&g_248,&g_248},{(void*)0,&g_248},{(void*)0,(void*)0},{&g_248,(void*)0},{&g_248,&g_248},{(void*)0,&g_248}},{{&g_248,&g_248},{(void*)0,&g_248},{(void*)0,&g_248},{&g_248,(void*)0},{&g_248,&g_248},{&g_248,(void*)0},{&g_248,(void*)0},{&g_248,&g_248},{&g_248,&g_248},{&g_248,(void*)0}},{{&g_248,&g_248},{&g_248,(void*)0},{&g_248,(void*)0},{&g_248,&g_248},{(void*)0,&g_248},{&g_248,&g_248},{&g_248,&g_248},{(void*)0,&g_248},{&g_248,(void*)0},{&g_248,&g_248}},{{(void*)0,&g_248},{&g_248,&g_248},{&g_248,&g_248},{(void*)0,&g_248},{&g_248,(void*)0},{&g_248,(void*)0},{&g_248,&g_248},{&g_248,(void*)0},{&g_248,&g_248},{&g_248,&g_248}},{{&g_248,(void*)0},{&g_248,(void*)0},{&g_248,&g_248},{&g_248,(void*)0},{&g_248,&g_248},{(void*)0,&g_248},{(void*)0,&g_248},{&g_248,&g_248},{(void*)0,&g_248},{&g_248,(void*)0}},{{&g_248,(void*)0},{(void*)0,&g_248},{(void*)0,&g_248},{&g_248,&g_248},{&g_248,&g_248},{(void*)0,&g_248},{&g_248,&g_248},{&g_248,&g_248},{&g_248,&g_248},{&g_248,(void*)0}},{{&g_248,(void*)0},{&g_248,&g_248},{&g_248,&g_248},{&g_248,&g_248},{&g_248,&g_248},{(void*)0,&g_248},{&g_248,&g_248},{&g_248,&g_248},{&g_248,&g_248},{&g_248,&g_248}},{{(void*)0,&g_248},{(void*)0,&g_248},{&g_248,&g_248},{&g_248,&g_248},{&g_248,(void*)0},{&g_248,(void*)0},{&g_248,&g_248},{(void*)0,&g_248},{&g_248,&g_248},{&g_248,&g_248}}};
            int i, j, k;
            for (i = 0; i < 2; i++)
                l_436[i] = &l_418[0];
            for (g_78 = 0; (g_78 <= 7); g_78 += 1)
            {
                if ((*g_54))
                    break;
            }
            if (l_417)
                break;
            if ((safe_unary_minus_func_int8_t_s(((safe_mod_func_uint8_t_u_u((safe_mod_func_uint64_t_u_u((safe_sub_func_uint32_t_u_u((((l_439 = (safe_sub_func_uint8_t_u_u((g_303[0] |= (p_45 , (((***g_372) = ((&g_94[0][3] == ((*l_433) = g_430)) == ((*l_416) = 0UL))) , ((**g_189)--)))), l_437))) == p_45) < (safe_add_func_int32_t_s_s(((safe_add_func_int64_t_s_s(((p_45 ^ (**g_95)) ^ (p_45 , (*g_54))), 1UL)) == l_418[0]), p_45))), p_45)), p_45)), l_444)) > l_409[3][3]))))
            {
                (*g_95) = (***g_430);
                if (l_418[0])
                    continue;
                if (p_45)
                    break;
            }
            else
            {
                const int32_t * const l_449 = &g_108[8];
                const int32_t * const *l_448 = &l_449;
                l_439 = (safe_div_func_int8_t_s_s((((~(l_448 == g_450)) | (*****l_433)) == g_212), (safe_add_func_uint8_t_u_u(((safe_add_func_int16_t_s_s(((0x7129C4E886D12762LL || p_45) | ((void*)0 == &g_281)), ((safe_add_func_uint32_t_u_u((((safe_mod_func_int64_t_s_s(((g_248 = ((safe_rshift_func_int16_t_s_u((safe_rshift_func_int8_t_s_s((safe_mul_func_int8_t_s_s((safe_lshift_func_uint8_t_u_s(((*g_5) < 0x97BBC22FL), g_281)), p_45)), p_45)), g_210)) < g_303[0])) || p_45), 0xC527FB78395CC4C9LL)) && 0x0F0AL) , p_45), p_45)) && p_45))) , (**g_189)), (***g_188)))));
            }
        }
        (*g_95) = &l_409[7][7];
    }
    (*g_95) = ((safe_add_func_int32_t_s_s(p_45, ((((((~(l_47 != ((safe_rshift_func_int8_t_s_s(l_473[4], 5)) <= (((safe_lshift_func_uint8_t_u_s((((((p_45 ^ (((p_45 >= (safe_add_func_int16_t_s_s(((((((***g_188) == 0xD0L) , ((safe_div_func_int32_t_s_s((safe_mod_func_int32_t_s_s((safe_mul_func_int16_t_s_s((p_45 , (((safe_sub_func_int16_t_s_s(((*l_493) = ((*g_374) &= ((((!(l_444 = (safe_rshift_func_uint16_t_u_u(l_329, l_408)))) ^ l_322[3][1][1]) || p_45) >= l_329))), l_350)) , (***g_431)) & p_45)), p_45)), p_45)), l_409[3][0])) < 0x06CBL)) ^ g_86[1][0][1]) | g_3[4]) <= p_45), l_322[4][1][1]))) , (void*)0) == (*g_187))) ^ (-1L)) & p_45) != 0L) >= g_86[2][0][0]), 1)) || 0x6B767DE4439813C1LL) <= l_329)))) < 8UL) , l_409[3][0]) , 0L) , 4UL) != p_45))) , &l_47);
    return l_494;
}
static uint32_t func_56(uint32_t p_57, int32_t * p_58, uint8_t p_59, int64_t p_60)
{
    const uint8_t l_296 = 0x5EL;
    int64_t *l_297 = &g_110;
    uint8_t *l_302 = &g_303[0];
    uint16_t *l_304 = &g_112;
    int16_t *l_306 = (void*)0;
    int16_t **l_305 = &l_306;
    int64_t l_307[6][7][6] = {{{0x5215987FBF2FC5D0LL,0x15D356DD27AED0AFLL,0L,(-6L),0xD701B9DBF9F70BE9LL,0x5FFFEB78D52C08ABLL},{(-6L),0xD701B9DBF9F70BE9LL,0x5FFFEB78D52C08ABLL,(-6L),0x280EBAEA38FDE2A0LL,0xEADD2016078CE7E4LL},{0x5215987FBF2FC5D0LL,(-1L),0L,0x15D356DD27AED0AFLL,0L,0x5D49FE4034800D1BLL},{0L,0x280EBAEA38FDE2A0LL,(-8L),0x280EBAEA38FDE2A0LL,0L,0x7C8FF3749C9A20B8LL},{3L,(-1L),0L,1L,0x280EBAEA38FDE2A0LL,0L},{7L,0xD701B9DBF9F70BE9LL,0xA13487E794C5C5D7LL,(-1L),0xD701B9DBF9F70BE9LL,0L},{1L,0x15D356DD27AED0AFLL,0L,0L,7L,0x7C8FF3749C9A20B8LL}},{{0xD701B9DBF9F70BE9LL,3L,(-8L),7L,0x0A9DAF5CFC6F7FA2LL,0x5D49FE4034800D1BLL},{0xD701B9DBF9F70BE9LL,0x8E581A96EA2A7FC2LL,0L,0L,0x40817757E26C6C8BLL,0xEADD2016078CE7E4LL},{1L,7L,0x5FFFEB78D52C08ABLL,(-1L),(-1L),0x5FFFEB78D52C08ABLL},{7L,7L,0L,1L,0x40817757E26C6C8BLL,0xA13487E794C5C5D7LL},{3L,0x8E581A96EA2A7FC2LL,0x8D60B0F39E677AA9LL,0x280EBAEA38FDE2A0LL,0x0A9DAF5CFC6F7FA2LL,0L},{0L,3L,0x8D60B0F39E677AA9LL,0x15D356DD27AED0AFLL,7L,0xA13487E794C5C5D7LL},{0x5215987FBF2FC5D0LL,0x15D356DD27AED0AFLL,0L,(-6L),0xD701B9DBF9F70BE9LL,0x5FFFEB78D52C08ABLL}},{{(-6L),0xD701B9DBF9F70BE9LL,0x5FFFEB78D52C08ABLL,(-6L),0x280EBAEA38FDE2A0LL,0xEADD2016078CE7E4LL},{0x5215987FBF2FC5D0LL,(-1L),0L,0x15D356DD27AED0AFLL,0L,0x5D49FE4034800D1BLL},{0L,0x280EBAEA38FDE2A0LL,(-8L),0x280EBAEA38FDE2A0LL,0L,0x7C8FF3749C9A20B8LL},{3L,(-1L),0L,1L,0x280EBAEA38FDE2A0LL,0L},{7L,0xD701B9DBF9F70BE9LL,0xA13487E794C5C5D7LL,(-1L),0xD701B9DBF9F70BE9LL,0L},{1L,0x15D356DD27AED0AFLL,0L,0L,7L,0x7C8FF3749C9A20B8LL},{0xD701B9DBF9F70BE9LL,3L,(-8L),7L,0x0A9DAF5CFC6F7FA2LL,0x5D49FE4034800D1BLL}},{{0xD701B9DBF9F70BE9LL,0x8E581A96EA2A7FC2LL,0L,0L,0x40817757E26C6C8BLL,0xEADD2016078CE7E4LL},{1L,7L,0x5FFFEB78D52C08ABLL,(-1L),0xD49D26362C6B14C6LL,(-6L)},{0x3247413567968EFFLL,0x3247413567968EFFLL,3L,0L,0xB7EF2194803DEE0DLL,0xD701B9DBF9F70BE9LL},{(-10L),(-8L),(-1L),0x4EDCDE8078A07811LL,(-1L),3L},{0x2EDC6F9226B48D14LL,(-10L),(-1L),5L,0x3247413567968EFFLL,0xD701B9DBF9F70BE9LL},{0x8C76D83F59F7A6D0LL,5L,3L,0x2B975F753022AB2DLL,(-9L),(-6L)},{0x2B975F753022AB2DLL,(-9L),(-6L),0x2B975F753022AB2DLL,0x4EDCDE8078A07811LL,0x8E581A96EA2A7FC2LL}},{{0x8C76D83F59F7A6D0LL,0xD49D26362C6B14C6LL,0x280EBAEA38FDE2A0LL,5L,0x2EDC6F9226B48D14LL,1L},{0x2EDC6F9226B48D14LL,0x4EDCDE8078A07811LL,0x5215987FBF2FC5D0LL,0x4EDCDE8078A07811LL,0x2EDC6F9226B48D14LL,0x40817757E26C6C8BLL},{(-10L),0xD49D26362C6B14C6LL,0x0A9DAF5CFC6F7FA2LL,0L,0x4EDCDE8078A07811LL,0x280EBAEA38FDE2A0LL},{0x3247413567968EFFLL,(-9L),0xD701B9DBF9F70BE9LL,0xD49D26362C6B14C6LL,(-9L),0x280EBAEA38FDE2A0LL},{0L,5L,0x0A9DAF5CFC6F7FA2LL,0x2EDC6F9226B48D14LL,0x3247413567968EFFLL,0x40817757E26C6C8BLL},{(-9L),(-10L),0x5215987FBF2FC5D0LL,0x3247413567968EFFLL,(-1L),1L},{(-9L),(-8L),0x280EBAEA38FDE2A0LL,0x2EDC6F9226B48D14LL,0xB7EF2194803DEE0DLL,0x8E581A96EA2A7FC2LL}},{{0L,0x3247413567968EFFLL,(-6L),0xD49D26362C6B14C6LL,0xD49D26362C6B14C6LL,(-6L)},{0x3247413567968EFFLL,0x3247413567968EFFLL,3L,0L,0xB7EF2194803DEE0DLL,0xD701B9DBF9F70BE9LL},{(-10L),(-8L),(-1L),0x4EDCDE8078A07811LL,(-1L),3L},{0x2EDC6F9226B48D14LL,(-10L),(-1L),5L,0x3247413567968EFFLL,0xD701B9DBF9F70BE9LL},{0x8C76D83F59F7A6D0LL,5L,3L,0x2B975F753022AB2DLL,(-9L),(-6L)},{0x2B975F753022AB2DLL,(-9L),(-6L),0x2B975F753022AB2DLL,0x4EDCDE8078A07811LL,0x8E581A96EA2A7FC2LL},{0x8C76D83F59F7A6D0LL,0xD49D26362C6B14C6LL,0x280EBAEA38FDE2A0LL,5L,0x2EDC6F9226B48D14LL,1L}}};
    int i, j, k;
    (*p_58) = ((safe_mod_func_int32_t_s_s((safe_add_func_int16_t_s_s(1L, ((((*l_305) = (((*l_304) |= ((((*l_297) |= (safe_sub_func_int32_t_s_s((-6L), ((p_60 || 3L) == l_296)))) , (l_296 <= (safe_rshift_func_uint16_t_u_s(((0x94L & ((*l_302) = (++(**g_189)))) > (0x98L < 249UL)), 1)))) , g_303[0])) , &g_212)) == l_304) >= 0xB4L))), l_296)) <= l_307[2][6][1]);
    for (p_57 = 8; (p_57 <= 22); p_57++)
    {
        int64_t l_314 = 0xD3816BA20597C2D6LL;
        (*p_58) ^= ((safe_mod_func_uint64_t_u_u((safe_sub_func_int64_t_s_s(l_314, (safe_mul_func_uint16_t_u_u(g_77, (safe_mul_func_int16_t_s_s(g_303[0], l_314)))))), (safe_div_func_uint16_t_u_u(p_57, l_307[3][2][4])))) <= (p_57 , (+0x6688L)));
    }
    return p_60;
}
static uint16_t func_65(int8_t p_66, uint8_t p_67, int64_t p_68)
{
    uint32_t *l_276[1];
    int32_t l_279 = 2L;
    int32_t l_285 = (-6L);
    int32_t *l_289 = &g_55;
    int i;
    for (i = 0; i < 1; i++)
        l_276[i] = (void*)0;
    for (g_55 = 0; (g_55 <= (-6)); g_55 = safe_sub_func_int8_t_s_s(g_55, 1))
    {
        int32_t *l_254[4] = {(void*)0,(void*)0,(void*)0,(void*)0};
        uint32_t *l_280 = &g_281;
        int16_t *l_282 = &g_212;
        int16_t *l_283 = &g_284[3][2];
        int i;
        l_254[3] = (*g_95);
        l_285 = (((safe_rshift_func_int16_t_s_u((safe_div_func_uint64_t_u_u((g_82[0] == (safe_mod_func_uint32_t_u_u((g_210 |= (safe_mod_func_int64_t_s_s(1L, (safe_rshift_func_uint8_t_u_s(255UL, ((safe_mod_func_int16_t_s_s(((*l_283) = ((p_66 != (safe_sub_func_uint8_t_u_u(((((*l_282) = (safe_lshift_func_int16_t_s_u((safe_lshift_func_uint8_t_u_s((!g_82[3]), (safe_add_func_uint64_t_u_u((&g_210 != l_276[0]), ((((*l_280) = (safe_div_func_int64_t_s_s((p_66 ^ ((l_279 > 0x7BL) == 8UL)), g_86[0][0][1]))) , g_163) != 65535UL))))), g_147))) > p_66) || p_68), g_82[3]))) , g_108[7])), g_108[1])) && g_3[1])))))), p_66))), 0x93C9D250E97BF971LL)), 12)) >= 8UL) , l_279);
        for (p_66 = (-28); (p_66 == (-17)); p_66++)
        {
            int32_t *l_288[9] = {&g_3[6],(void*)0,(void*)0,&g_3[6],(void*)0,(void*)0,&g_3[6],(void*)0,(void*)0};
            int i;
            (*g_95) = l_288[2];
        }
    }
    (*l_289) ^= (4UL ^ 4294967286UL);
    return p_68;
}
static int16_t func_69(uint32_t p_70)
{
    int32_t *l_73 = &g_55;
    int32_t ***l_124[5][6] = {{&g_95,(void*)0,(void*)0,&g_95,(void*)0,(void*)0},{&g_95,(void*)0,(void*)0,&g_95,(void*)0,(void*)0},{&g_95,(void*)0,(void*)0,&g_95,(void*)0,(void*)0},{&g_95,(void*)0,(void*)0,&g_95,(void*)0,(void*)0},{&g_95,(void*)0,(void*)0,&g_95,(void*)0,(void*)0}};
    int32_t *l_130 = (void*)0;
    int32_t **l_129 = &l_130;
    uint8_t l_148 = 255UL;
    int32_t **l_200 = &l_130;
    int i, j;
    for (g_55 = (-12); (g_55 <= (-15)); g_55--)
    {
        int32_t **l_74 = &l_73;
        const int32_t *l_117 = &g_55;
        (*l_74) = l_73;
        for (p_70 = (-6); (p_70 > 20); ++p_70)
        {
            uint32_t l_91 = 18446744073709551615UL;
            const int32_t **l_120 = &l_117;
            const int32_t ***l_119 = &l_120;
            int32_t l_121 = 0xE4505BCAL;
            int32_t ***l_122[2][1][3] = {{{&l_74,&g_95,&g_95}},{{&l_74,&g_95,&g_95}}};
            int i, j, k;
        }
    }
    (*g_95) = (*g_95);
    for (g_112 = 0; (g_112 <= 7); g_112 += 1)
    {
        int32_t **l_139[4];
        int32_t *l_161[10] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
        int32_t l_166[4] = {0xE1A5ED94L,0xE1A5ED94L,0xE1A5ED94L,0xE1A5ED94L};
        int32_t l_186 = 0x3DB8FB2BL;
        int i;
        for (i = 0; i < 4; i++)
            l_139[i] = &g_5;
        for (g_55 = 0; (g_55 <= 7); g_55 += 1)
        {
            int32_t * const *l_131 = &l_130;
            int32_t ** const l_138[6] = {(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0};
            int32_t **l_140 = &g_5;
            const int32_t **l_143 = &g_118;
            const int32_t ***l_144 = &l_143;
            uint64_t *l_145 = (void*)0;
            uint64_t *l_146 = &g_147;
            uint32_t l_156 = 1UL;
            int8_t l_167 = 0L;
            int32_t *l_217 = &l_166[1];
            int32_t l_231 = 0xF8ACBF38L;
            int i;
            g_86[2][0][0] |= (safe_unary_minus_func_uint64_t_u((safe_div_func_int32_t_s_s(((((safe_unary_minus_func_uint32_t_u((p_70 = (l_129 != l_131)))) , (0x49B5B57A05E82EF2LL & ((*l_146) = (safe_mod_func_int64_t_s_s((safe_sub_func_int64_t_s_s(((g_81[g_55] == 2L) <= (((safe_add_func_uint8_t_u_u(((l_138[0] != (l_140 = l_139[0])) & 0L), (safe_sub_func_int64_t_s_s((((*l_144) = l_143) == (void*)0), g_55)))) <= g_3[6]) ^ 255UL)), 1UL)), 0x75099C3224A64B92LL))))) , p_70) , (*g_5)), (**g_95)))));
            if (p_70)
                break;
            l_148++;
            for (p_70 = 0; (p_70 <= 4); p_70 += 1)
            {
                uint8_t *l_162[9] = {&l_148,&l_148,&l_148,&l_148,&l_148,&l_148,&l_148,&l_148,&l_148};
                int32_t * const *l_173 = &l_161[8];
                int32_t l_214[7] = {0x56468E3BL,0x56468E3BL,0x56468E3BL,0x56468E3BL,0x56468E3BL,0x56468E3BL,0x56468E3BL};
                int i, j;
            }
        }
    }
    return g_212;
}
int main (int argc, char* argv[])
{
    int i, j, k;
    int print_hash_value = 0;
    if (argc == 2 && strcmp(argv[1], "1") == 0) print_hash_value = 1;
    platform_main_begin();
    crc32_gentab();
    func_1();
    for (i = 0; i < 9; i++)
    {
        transparent_crc(g_3[i], "g_3[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_55, "g_55", print_hash_value);
    transparent_crc(g_77, "g_77", print_hash_value);
    transparent_crc(g_78, "g_78", print_hash_value);
    for (i = 0; i < 8; i++)
    {
        transparent_crc(g_81[i], "g_81[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 4; i++)
    {
        transparent_crc(g_82[i], "g_82[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 1; j++)
        {
            for (k = 0; k < 2; k++)
            {
                transparent_crc(g_86[i][j][k], "g_86[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);
            }
        }
    }
    for (i = 0; i < 10; i++)
    {
        transparent_crc(g_108[i], "g_108[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_110, "g_110", print_hash_value);
    transparent_crc(g_112, "g_112", print_hash_value);
    transparent_crc(g_147, "g_147", print_hash_value);
    transparent_crc(g_163, "g_163", print_hash_value);
    transparent_crc(g_210, "g_210", print_hash_value);
    transparent_crc(g_212, "g_212", print_hash_value);
    transparent_crc(g_248, "g_248", print_hash_value);
    transparent_crc(g_281, "g_281", print_hash_value);
    for (i = 0; i < 6; i++)
    {
        for (j = 0; j < 5; j++)
        {
            transparent_crc(g_284[i][j], "g_284[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 1; i++)
    {
        transparent_crc(g_303[i], "g_303[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_607, "g_607", print_hash_value);
    transparent_crc(g_608, "g_608", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 3; j++)
        {
            for (k = 0; k < 10; k++)
            {
                transparent_crc(g_711[i][j][k], "g_711[i][j][k]", print_hash_value);
                if (print_hash_value) printf("index = [%d][%d][%d]\n", i, j, k);
            }
        }
    }
    transparent_crc(g_824, "g_824", print_hash_value);
    transparent_crc(g_915, "g_915", print_hash_value);
    transparent_crc(g_1025, "g_1025", print_hash_value);
    transparent_crc(g_1167, "g_1167", print_hash_value);
    transparent_crc(g_1168, "g_1168", print_hash_value);
    transparent_crc(g_1225, "g_1225", print_hash_value);
    transparent_crc(g_1266, "g_1266", print_hash_value);
    transparent_crc(g_1453, "g_1453", print_hash_value);
    transparent_crc(g_1758, "g_1758", print_hash_value);
    transparent_crc(g_1855, "g_1855", print_hash_value);
    transparent_crc(g_2032, "g_2032", print_hash_value);
    transparent_crc(g_2036, "g_2036", print_hash_value);
    transparent_crc(g_2037, "g_2037", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        for (j = 0; j < 2; j++)
        {
            transparent_crc(g_2039[i][j], "g_2039[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    transparent_crc(g_2301, "g_2301", print_hash_value);
    transparent_crc(g_2431, "g_2431", print_hash_value);
    transparent_crc(g_2464, "g_2464", print_hash_value);
    transparent_crc(g_2589, "g_2589", print_hash_value);
    transparent_crc(g_2669, "g_2669", print_hash_value);
    transparent_crc(g_2685, "g_2685", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
