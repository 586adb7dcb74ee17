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
static int32_t g_2 = 6L;
static int32_t g_6 = 9L;
static int32_t g_39 = 0x4981C586L;
static int16_t g_47 = 0xBF7AL;
static uint8_t g_49 = 1UL;
static int32_t g_53[4][1] = {{1L},{(-1L)},{1L},{(-1L)}};
static int64_t g_72[7] = {0x3ED3529AC934C645LL,0x3ED3529AC934C645LL,0x3ED3529AC934C645LL,0x3ED3529AC934C645LL,0x3ED3529AC934C645LL,0x3ED3529AC934C645LL,0x3ED3529AC934C645LL};
static uint64_t g_75 = 0x2AC2FF03E53C5305LL;
static int8_t g_85 = 0xF3L;
static volatile int32_t g_89 = (-2L);
static uint32_t g_113 = 0x247B8CF3L;
static int32_t *g_116 = &g_2;
static int32_t ** const volatile g_115 = &g_116;
static int32_t **g_118 = &g_116;
static int32_t *** const volatile g_117 = &g_118;
static int8_t g_122[3] = {(-6L),(-6L),(-6L)};
static int8_t g_145 = 0xF3L;
static uint16_t g_177 = 8UL;
static uint64_t g_182 = 0UL;
static int64_t g_209 = 0x3DF1D39A98EA977DLL;
static uint32_t g_225 = 9UL;
static uint16_t g_277 = 0xCA56L;
static int32_t ** volatile g_304[8][8] = {{&g_116,&g_116,&g_116,&g_116,(void*)0,&g_116,&g_116,&g_116},{&g_116,&g_116,&g_116,(void*)0,&g_116,&g_116,&g_116,&g_116},{&g_116,&g_116,&g_116,&g_116,&g_116,(void*)0,&g_116,&g_116},{&g_116,&g_116,&g_116,&g_116,&g_116,(void*)0,&g_116,&g_116},{&g_116,&g_116,(void*)0,(void*)0,(void*)0,(void*)0,&g_116,&g_116},{&g_116,&g_116,&g_116,&g_116,&g_116,&g_116,&g_116,(void*)0},{&g_116,&g_116,&g_116,&g_116,&g_116,&g_116,&g_116,&g_116},{&g_116,&g_116,&g_116,&g_116,&g_116,(void*)0,&g_116,&g_116}};
static int32_t g_318 = 1L;
static int32_t * volatile g_317 = &g_318;
static int16_t *g_354 = &g_47;
static int16_t ** volatile g_353 = &g_354;
static int16_t ** volatile * volatile g_352 = &g_353;
static int32_t g_391 = 0x513DE392L;
static volatile int8_t g_411 = 0x69L;
static volatile int8_t g_412 = 0xADL;
static uint32_t func_1(void);
static int16_t func_9(int16_t p_10);
static int32_t func_13(uint64_t p_14, int32_t p_15, int8_t p_16, int16_t p_17);
static uint16_t func_18(int16_t p_19, uint8_t p_20, uint16_t p_21, int32_t p_22);
static uint32_t func_1(void)
{
    int8_t l_5 = 0xF4L;
    int8_t l_359[5][6][6] = {{{0x91L,0xCAL,0x92L,0x92L,0xCAL,0x91L},{0x92L,0xCAL,0x91L,6L,0x97L,(-6L)},{(-6L),0x61L,0x14L,(-1L),0x16L,(-6L)},{(-6L),0x50L,(-1L),6L,0x3AL,1L},{0x92L,0x97L,0L,0x92L,0x4FL,1L},{0x91L,0x3AL,(-1L),(-6L),0x82L,(-6L)}},{{0x14L,0L,0x14L,1L,0x82L,(-6L)},{(-1L),0x3AL,0x91L,0x14L,0x4FL,0x91L},{0L,0x97L,0x92L,0x14L,0x3AL,1L},{(-1L),0x50L,(-6L),1L,0x16L,0x92L},{0x14L,0x61L,(-6L),(-6L),0x97L,1L},{0x91L,0xCAL,0x92L,0x92L,0xCAL,0x91L}},{{0x92L,0xCAL,0x91L,6L,0x97L,(-6L)},{(-6L),0x61L,0x14L,(-1L),0x16L,(-6L)},{(-6L),0x50L,(-1L),6L,0x3AL,1L},{0x92L,0x97L,0L,0x92L,0x4FL,1L},{0x91L,0x3AL,(-1L),(-6L),0x82L,(-6L)},{0x14L,0L,0x14L,1L,0x82L,(-6L)}},{{(-1L),0x3AL,0x91L,0x14L,0x4FL,0x91L},{0L,0x97L,0x92L,0x14L,0x3AL,1L},{(-1L),0x50L,(-6L),1L,0x16L,0x92L},{0x14L,0x61L,(-6L),(-6L),0x97L,1L},{0x91L,0xCAL,0x92L,0x92L,0xCAL,0x91L},{0x92L,0xCAL,0x91L,6L,0x97L,(-6L)}},{{(-6L),0x61L,0x14L,(-1L),0x16L,(-6L)},{(-6L),0x50L,(-1L),6L,0x3AL,1L},{0x92L,0x97L,0L,1L,(-6L),0x7AL},{1L,(-6L),(-9L),1L,1L,1L},{(-1L),6L,(-1L),0L,1L,0xB9L},{(-9L),(-6L),1L,(-1L),(-6L),1L}}};
    uint64_t *l_369 = &g_182;
    uint64_t **l_368 = &l_369;
    uint64_t *l_371[6] = {&g_75,&g_182,&g_75,&g_75,&g_182,&g_75};
    uint64_t **l_370 = &l_371[2];
    int32_t l_390 = 2L;
    int32_t l_392[4][9] = {{1L,0xDD51DD6CL,(-1L),(-1L),0xDD51DD6CL,1L,0xE073B225L,1L,0xDD51DD6CL},{0x0AB7BA86L,0xBADF6BC3L,0xBADF6BC3L,0x0AB7BA86L,0xCF16EEC6L,0L,0xCF16EEC6L,0x0AB7BA86L,0xBADF6BC3L},{1L,1L,0xE073B225L,0xDD51DD6CL,0x02319C59L,0xDD51DD6CL,0xE073B225L,1L,1L},{0xBADF6BC3L,0x0AB7BA86L,0xCF16EEC6L,0L,0xCF16EEC6L,0x0AB7BA86L,0xBADF6BC3L,0xBADF6BC3L,0x0AB7BA86L}};
    int64_t l_403[7][3][9] = {{{0x27954CA51754D42ELL,0x06B6392A8839D2C6LL,0L,(-1L),0L,0L,(-2L),1L,0xE40310098D11F52ALL},{0xE40310098D11F52ALL,0x43340CB0F1A6E7CCLL,(-8L),1L,0L,0L,0xDEB4E6CA02F0E0C2LL,6L,(-1L)},{0x4BC367712A5DED12LL,(-2L),(-1L),0x43340CB0F1A6E7CCLL,2L,0xA2D1A573B29B6947LL,0L,(-1L),(-1L)}},{{0xA2D1A573B29B6947LL,(-7L),0x4BC367712A5DED12LL,0x43340CB0F1A6E7CCLL,0x4F1DF2DCF23DB827LL,(-1L),0x4F1DF2DCF23DB827LL,0x43340CB0F1A6E7CCLL,0x4BC367712A5DED12LL},{7L,7L,1L,1L,0x27954CA51754D42ELL,6L,(-2L),2L,(-8L)},{1L,0x94EA87FBEC49CCF5LL,0x443D2C1D47355285LL,(-1L),0x43340CB0F1A6E7CCLL,0L,(-9L),(-1L),0xB1D0766773269744LL}},{{(-1L),(-1L),1L,0L,0xB1D0766773269744LL,5L,0x4BC367712A5DED12LL,8L,0xDEB4E6CA02F0E0C2LL},{8L,(-2L),0x4BC367712A5DED12LL,(-9L),9L,(-8L),(-7L),0x06B6392A8839D2C6LL,1L},{9L,(-2L),(-1L),0x2F897C825F862E14LL,1L,0x2F897C825F862E14LL,(-1L),(-2L),9L}},{{(-7L),(-1L),(-8L),0xDEB4E6CA02F0E0C2LL,7L,3L,0x2F897C825F862E14LL,1L,0L},{(-9L),0x94EA87FBEC49CCF5LL,0L,7L,1L,1L,(-1L),9L,0x06B6392A8839D2C6LL},{(-7L),7L,0x2F897C825F862E14LL,8L,(-8L),(-1L),0L,0x6E503A2894C2EA7FLL,0L}},{{9L,(-7L),0x43340CB0F1A6E7CCLL,0L,1L,(-2L),0x443D2C1D47355285LL,0L,0L},{8L,(-2L),0xE40310098D11F52ALL,9L,0xE40310098D11F52ALL,(-2L),8L,3L,0x06B6392A8839D2C6LL},{(-1L),8L,0L,1L,4L,(-1L),3L,0x443D2C1D47355285LL,0L}},{{(-2L),0x43340CB0F1A6E7CCLL,0x443D2C1D47355285LL,7L,0x06B6392A8839D2C6LL,0x2312C8D5EFAAA2DBLL,6L,1L,(-8L)},{0xDEB4E6CA02F0E0C2LL,(-1L),0xE40310098D11F52ALL,1L,1L,1L,(-1L),0x4BC367712A5DED12LL,0L},{0L,0x27954CA51754D42ELL,1L,9L,5L,4L,(-1L),(-1L),4L}},{{0x4F1DF2DCF23DB827LL,0xB1D0766773269744LL,(-9L),0xB1D0766773269744LL,0x4F1DF2DCF23DB827LL,(-8L),6L,(-8L),0x2312C8D5EFAAA2DBLL},{(-2L),1L,0L,0x43340CB0F1A6E7CCLL,(-7L),9L,3L,0L,0xB1D0766773269744LL},{(-9L),0x06B6392A8839D2C6LL,1L,0x27954CA51754D42ELL,0x6E503A2894C2EA7FLL,(-8L),0xE40310098D11F52ALL,0x2F897C825F862E14LL,0x4F1DF2DCF23DB827LL}}};
    int16_t **l_404 = &g_354;
    int32_t l_408 = 7L;
    int i, j, k;
    for (g_2 = 0; (g_2 > 6); g_2 = safe_add_func_int32_t_s_s(g_2, 4))
    {
        uint64_t l_350[3][1];
        int32_t l_355 = (-1L);
        int32_t *l_356 = &g_318;
        int i, j;
        for (i = 0; i < 3; i++)
        {
            for (j = 0; j < 1; j++)
                l_350[i][j] = 0x5AAE4A37D489A5C8LL;
        }
        g_6 = l_5;
        (*l_356) |= (safe_add_func_int16_t_s_s(func_9(g_2), (safe_div_func_uint64_t_u_u((safe_sub_func_uint16_t_u_u((g_225 , (safe_div_func_int32_t_s_s(l_5, (safe_lshift_func_int8_t_s_u((safe_mod_func_uint16_t_u_u((((l_5 != ((safe_mul_func_uint8_t_u_u(255UL, ((l_350[2][0] = g_225) > ((((!((((g_352 == (void*)0) || g_53[1][0]) , l_5) < 0x34EDEDADBC05A89FLL)) , &g_117) != (void*)0) >= 0L)))) & 0x7A4FL)) < 0x89L) > l_355), 0x8615L)), l_5))))), 1L)), g_182))));
    }
    if (((safe_add_func_uint16_t_u_u(l_359[4][5][1], (l_359[4][5][1] == (safe_mod_func_int64_t_s_s(((l_359[4][5][1] | (g_72[0] &= g_6)) != (((*g_354) = ((safe_div_func_uint64_t_u_u((safe_rshift_func_uint8_t_u_s(0x41L, l_359[4][4][1])), (safe_add_func_int16_t_s_s(l_5, (((*l_368) = (void*)0) != ((*l_370) = &g_75)))))) , (-1L))) && (-2L))), g_225))))) < l_359[0][2][2]))
    {
        int32_t l_381 = (-5L);
        uint64_t *l_382 = &g_182;
        int32_t l_383 = 0xB4658D55L;
        int32_t l_389 = 0x6589F550L;
        int32_t l_393 = 1L;
        int32_t l_394[7] = {0xD4C2E39CL,0x0CEFF664L,0xD4C2E39CL,0xD4C2E39CL,0x0CEFF664L,0xD4C2E39CL,0xD4C2E39CL};
        int16_t *l_423 = &g_47;
        int i;
lbl_425:
        for (l_5 = 0; (l_5 >= 26); l_5++)
        {
            const uint32_t l_374 = 0xB31F9C66L;
            int32_t *l_384 = &g_53[1][0];
            int32_t *l_385 = &g_6;
            int32_t *l_386 = (void*)0;
            int32_t *l_387 = &g_318;
            int32_t *l_388[9] = {&g_318,&g_318,&g_318,&g_318,&g_318,&g_318,&g_318,&g_318,&g_318};
            int64_t l_395 = (-1L);
            uint32_t l_396 = 1UL;
            int16_t ***l_405 = &l_404;
            const int16_t *l_407[5][7] = {{&g_47,&g_47,&g_47,&g_47,&g_47,&g_47,&g_47},{&g_47,&g_47,&g_47,&g_47,&g_47,&g_47,&g_47},{&g_47,&g_47,&g_47,&g_47,&g_47,&g_47,&g_47},{&g_47,&g_47,&g_47,&g_47,&g_47,&g_47,&g_47},{&g_47,&g_47,&g_47,&g_47,&g_47,&g_47,&g_47}};
            const int16_t ** const l_406 = &l_407[0][4];
            uint32_t l_415 = 9UL;
            int i, j;
            (*l_384) = ((&g_182 != (l_374 , &g_182)) > ((((safe_rshift_func_int8_t_s_s((safe_sub_func_uint64_t_u_u((safe_sub_func_uint32_t_u_u(((*g_352) == (((l_381 < l_374) , (((6L && (((l_383 = ((*g_116) = (((void*)0 != l_382) == 0L))) < l_381) && g_75)) && l_383) || l_383)) , (void*)0)), g_182)), l_374)), g_6)) < l_374) | l_381) >= g_85));
            ++l_396;
            (*l_385) &= 0xA3F09172L;
            if (g_6)
                goto lbl_425;
            if (((&g_277 == (((l_389 > 0x66F986CDL) < (((***g_117) ^ (((safe_add_func_int32_t_s_s((1UL & ((l_403[1][1][0] , &g_122[2]) == (void*)0)), ((((*l_405) = l_404) != l_406) || (-6L)))) && 1L) != g_391)) , l_408)) , &g_177)) ^ 0x2A8E209FL))
            {
                uint64_t l_409[8] = {18446744073709551612UL,0x9DE1BDE2793448D4LL,18446744073709551612UL,18446744073709551612UL,0x9DE1BDE2793448D4LL,18446744073709551612UL,18446744073709551612UL,0x9DE1BDE2793448D4LL};
                int i;
                (*g_116) = ((void*)0 == (*l_404));
                if (l_409[7])
                    continue;
            }
            else
            {
                int8_t l_410 = 0x77L;
                int32_t l_413 = (-1L);
                int32_t l_414[8][6][1] = {{{0x1232FC59L},{0xC8555D86L},{0xC8555D86L},{0x1232FC59L},{0x165C183EL},{0xB572F9DAL}},{{3L},{7L},{3L},{0xB572F9DAL},{0x165C183EL},{0x1232FC59L}},{{0xC8555D86L},{0xC8555D86L},{0x1232FC59L},{0x165C183EL},{0xB572F9DAL},{3L}},{{7L},{3L},{0xB572F9DAL},{0x165C183EL},{0x1232FC59L},{0xC8555D86L}},{{0xC8555D86L},{0x1232FC59L},{0x165C183EL},{0xB572F9DAL},{3L},{7L}},{{3L},{0xB572F9DAL},{0x165C183EL},{0x1232FC59L},{0xC8555D86L},{0xC8555D86L}},{{0x1232FC59L},{0x165C183EL},{0xB572F9DAL},{3L},{7L},{3L}},{{0xB572F9DAL},{0x165C183EL},{0x1232FC59L},{0xC8555D86L},{0xC8555D86L},{0x1232FC59L}}};
                int64_t l_422 = 0L;
                int16_t **l_424[7][3][4] = {{{&l_423,&g_354,&l_423,&g_354},{&l_423,&g_354,&g_354,&g_354},{&g_354,&g_354,&g_354,&g_354}},{{&g_354,&l_423,&g_354,&l_423},{&g_354,&l_423,&g_354,&g_354},{&l_423,&l_423,&g_354,&l_423}},{{&g_354,&l_423,&l_423,&g_354},{&g_354,&l_423,&g_354,&g_354},{&l_423,&g_354,&g_354,&g_354}},{{&l_423,&l_423,&g_354,&g_354},{&g_354,&l_423,&g_354,&l_423},{&l_423,&g_354,&g_354,&g_354}},{{&l_423,&g_354,&g_354,&l_423},{&g_354,&l_423,&l_423,&g_354},{&g_354,&l_423,&g_354,&g_354}},{{&l_423,&g_354,&g_354,&g_354},{&l_423,&l_423,&g_354,&g_354},{&g_354,&l_423,&g_354,&l_423}},{{&l_423,&g_354,&g_354,&g_354},{&l_423,&g_354,&g_354,&l_423},{&g_354,&l_423,&l_423,&g_354}}};
                int i, j, k;
                l_415--;
                (**g_118) &= ((safe_lshift_func_int16_t_s_s(((g_182 = l_394[1]) ^ (safe_rshift_func_uint8_t_u_s((((((((((l_413 = (-1L)) || (l_422 & 2L)) , (**g_352)) != l_423) >= ((g_72[0] , &g_354) != l_424[1][1][3])) , g_6) || 0L) >= g_72[0]) && g_122[2]), 1))), 10)) == g_122[1]);
                return l_381;
            }
        }
        return g_89;
    }
    else
    {
        for (g_277 = 0; (g_277 <= 6); g_277 += 1)
        {
            int i;
            if (g_72[g_277])
                break;
        }
        (**g_118) ^= l_408;
        return g_72[6];
    }
}
static int16_t func_9(int16_t p_10)
{
    const int8_t l_24 = (-3L);
    int32_t *l_43 = &g_39;
    int32_t l_50[3];
    int32_t l_51 = (-1L);
    int32_t *l_224 = &g_53[0][0];
    int8_t l_260 = 0L;
    int16_t l_261 = 0L;
    uint8_t l_262 = 0x5BL;
    int8_t l_273 = 0x83L;
    int i;
    for (i = 0; i < 3; i++)
        l_50[i] = 0xAE734F12L;
    for (g_6 = (-20); (g_6 <= (-13)); g_6++)
    {
        int8_t l_25 = 0x2DL;
        uint64_t l_40[4][2] = {{0xA00B6FB96F37D437LL,0xA00B6FB96F37D437LL},{0xA00B6FB96F37D437LL,0xA00B6FB96F37D437LL},{0xA00B6FB96F37D437LL,0xA00B6FB96F37D437LL},{0xA00B6FB96F37D437LL,0xA00B6FB96F37D437LL}};
        int32_t l_45 = 0xC3E5F885L;
        int64_t l_230 = 0xE5FA994BE0A22320LL;
        int32_t l_253 = 0xC508AB74L;
        int32_t l_254 = 0x9B7F2E98L;
        int32_t l_255 = 0x67B0E9F5L;
        int32_t l_257 = (-4L);
        int32_t l_258[4][6] = {{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)},{(-1L),(-1L),(-1L),(-1L),(-1L),(-1L)}};
        int i, j;
    }
    return (*l_224);
}
static int32_t func_13(uint64_t p_14, int32_t p_15, int8_t p_16, int16_t p_17)
{
    return (*g_116);
}
static uint16_t func_18(int16_t p_19, uint8_t p_20, uint16_t p_21, int32_t p_22)
{
    int32_t *l_52[10][9] = {{&g_6,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,&g_6,&g_53[1][0],&g_6},{&g_53[3][0],&g_6,(void*)0,&g_6,(void*)0,&g_2,&g_53[1][0],(void*)0,&g_2},{&g_53[1][0],&g_53[3][0],&g_6,(void*)0,(void*)0,&g_6,&g_53[3][0],&g_53[1][0],&g_53[0][0]},{&g_53[1][0],&g_53[3][0],&g_53[1][0],(void*)0,(void*)0,&g_53[0][0],&g_6,&g_6,&g_2},{&g_53[0][0],&g_53[1][0],&g_2,&g_6,&g_53[1][0],&g_6,&g_2,&g_53[1][0],&g_53[0][0]},{&g_53[1][0],&g_6,(void*)0,(void*)0,&g_53[1][0],&g_6,&g_53[3][0],&g_6,&g_2},{&g_6,&g_6,(void*)0,&g_6,(void*)0,(void*)0,&g_6,(void*)0,&g_6},{&g_53[1][0],&g_53[1][0],&g_53[3][0],&g_53[1][0],(void*)0,(void*)0,&g_53[0][0],&g_6,&g_6},{&g_53[0][0],&g_6,&g_53[1][0],&g_2,(void*)0,&g_6,(void*)0,&g_2,&g_53[1][0]},{&g_53[1][0],&g_53[1][0],&g_53[3][0],&g_6,(void*)0,&g_6,(void*)0,&g_2,&g_53[1][0]}};
    const int8_t *l_95 = &g_85;
    int32_t ***l_172 = &g_118;
    int32_t ****l_171 = &l_172;
    int16_t l_175[9][8] = {{0xC4F1L,0xB770L,0x823CL,0L,0L,0x823CL,0xB770L,0L},{0L,0xF79AL,0xF2E9L,0x5AF3L,0x8F85L,0x823CL,(-1L),0xB71EL},{9L,0x10D4L,(-3L),9L,0x5AF3L,0x823CL,0xACE4L,0xF2E9L},{0xACE4L,0xF79AL,(-4L),0xFF4AL,0xF79AL,0L,0xB71EL,0x8F85L},{0xF2E9L,0x21E0L,0x8D44L,0xADF9L,0xB71EL,0xADF9L,0x8D44L,0x21E0L},{9L,0x8D44L,0x823CL,0xF79AL,(-1L),0L,9L,(-1L)},{0xFF4AL,0x8F85L,4L,0xFF4AL,9L,2L,9L,0xACE4L},{0x8D44L,0xFF4AL,0x823CL,0L,0xFEA8L,0L,0x8D44L,0xB71EL},{0xFEA8L,0L,0x8D44L,0xB71EL,0L,0L,0xB71EL,0x8D44L}};
    uint8_t *l_208[9][5][5] = {{{&g_49,&g_49,&g_49,&g_49,&g_49},{&g_49,(void*)0,&g_49,&g_49,&g_49},{&g_49,&g_49,&g_49,&g_49,&g_49},{&g_49,(void*)0,(void*)0,(void*)0,&g_49},{&g_49,&g_49,(void*)0,&g_49,&g_49}},{{&g_49,(void*)0,&g_49,(void*)0,&g_49},{&g_49,&g_49,(void*)0,&g_49,&g_49},{&g_49,(void*)0,&g_49,&g_49,&g_49},{&g_49,&g_49,&g_49,&g_49,&g_49},{&g_49,(void*)0,&g_49,(void*)0,&g_49}},{{&g_49,&g_49,&g_49,&g_49,&g_49},{&g_49,&g_49,&g_49,(void*)0,&g_49},{&g_49,&g_49,(void*)0,&g_49,&g_49},{&g_49,(void*)0,&g_49,(void*)0,&g_49},{&g_49,&g_49,(void*)0,&g_49,&g_49}},{{&g_49,(void*)0,(void*)0,(void*)0,&g_49},{&g_49,&g_49,&g_49,&g_49,&g_49},{&g_49,&g_49,&g_49,(void*)0,&g_49},{&g_49,&g_49,&g_49,&g_49,&g_49},{&g_49,(void*)0,&g_49,(void*)0,&g_49}},{{&g_49,&g_49,(void*)0,&g_49,&g_49},{&g_49,(void*)0,&g_49,(void*)0,&g_49},{&g_49,&g_49,(void*)0,&g_49,&g_49},{&g_49,(void*)0,&g_49,(void*)0,&g_49},{&g_49,&g_49,&g_49,&g_49,&g_49}},{{&g_49,&g_49,&g_49,&g_49,&g_49},{&g_49,&g_49,&g_49,&g_49,(void*)0},{&g_49,&g_49,&g_49,(void*)0,&g_49},{&g_49,&g_49,(void*)0,&g_49,&g_49},{&g_49,(void*)0,&g_49,(void*)0,&g_49}},{{&g_49,&g_49,&g_49,&g_49,&g_49},{(void*)0,(void*)0,(void*)0,&g_49,&g_49},{&g_49,&g_49,&g_49,&g_49,&g_49},{&g_49,&g_49,&g_49,&g_49,&g_49},{&g_49,&g_49,&g_49,&g_49,&g_49}},{{&g_49,&g_49,(void*)0,(void*)0,(void*)0},{&g_49,&g_49,&g_49,&g_49,&g_49},{&g_49,(void*)0,&g_49,(void*)0,&g_49},{&g_49,&g_49,(void*)0,&g_49,&g_49},{&g_49,(void*)0,&g_49,&g_49,&g_49}},{{(void*)0,&g_49,&g_49,&g_49,&g_49},{&g_49,&g_49,&g_49,&g_49,&g_49},{&g_49,&g_49,&g_49,&g_49,&g_49},{(void*)0,&g_49,(void*)0,(void*)0,&g_49},{&g_49,&g_49,(void*)0,&g_49,(void*)0}}};
    uint64_t *l_210[4];
    int16_t l_211 = (-8L);
    uint32_t l_212 = 0x92DE4622L;
    uint32_t l_213 = 0x947A59DDL;
    uint16_t *l_220 = &g_177;
    int8_t *l_221 = (void*)0;
    int8_t *l_222 = &g_122[0];
    uint64_t l_223 = 7UL;
    int i, j, k;
    for (i = 0; i < 4; i++)
        l_210[i] = &g_75;
    if ((g_53[1][0] |= (-4L)))
    {
        int16_t l_54[5] = {1L,1L,1L,1L,1L};
        int32_t *l_69[9][8][3] = {{{&g_53[1][0],&g_6,&g_53[2][0]},{&g_53[1][0],&g_6,&g_53[2][0]},{&g_53[3][0],(void*)0,&g_53[1][0]},{&g_2,(void*)0,&g_53[2][0]},{&g_2,&g_53[3][0],&g_53[1][0]},{&g_2,&g_2,&g_53[0][0]},{&g_53[3][0],&g_53[1][0],&g_6},{&g_53[1][0],&g_53[3][0],&g_2}},{{&g_53[1][0],(void*)0,&g_53[1][0]},{&g_53[2][0],&g_53[1][0],&g_2},{&g_53[2][0],&g_6,&g_53[1][0]},{&g_53[1][0],&g_6,&g_53[1][0]},{&g_53[1][0],&g_2,&g_6},{&g_53[3][0],&g_2,&g_53[2][0]},{&g_2,(void*)0,&g_53[1][0]},{&g_2,&g_53[1][0],&g_2}},{{&g_2,&g_53[1][0],&g_53[3][0]},{&g_53[3][0],&g_2,&g_53[1][0]},{&g_53[1][0],&g_53[1][0],&g_6},{&g_53[1][0],&g_53[0][0],&g_2},{&g_53[2][0],(void*)0,&g_53[0][0]},{&g_53[2][0],&g_2,&g_2},{&g_53[1][0],(void*)0,&g_53[1][0]},{&g_53[1][0],&g_6,&g_53[1][0]}},{{&g_53[3][0],&g_53[1][0],&g_6},{&g_2,&g_53[0][0],&g_53[1][0]},{&g_2,(void*)0,&g_53[1][0]},{&g_2,&g_53[1][0],&g_2},{&g_53[3][0],&g_53[1][0],&g_6},{&g_2,&g_2,&g_53[1][0]},{&g_2,&g_6,&g_53[1][0]},{(void*)0,&g_53[1][0],&g_6}},{{(void*)0,&g_53[1][0],&g_2},{&g_2,&g_6,&g_53[2][0]},{&g_2,&g_53[1][0],(void*)0},{&g_6,&g_2,(void*)0},{&g_6,&g_6,&g_53[2][0]},{&g_2,&g_2,&g_2},{&g_6,&g_2,&g_53[3][0]},{&g_6,&g_6,&g_53[1][0]}},{{&g_2,&g_2,&g_2},{&g_2,&g_2,&g_53[3][0]},{(void*)0,&g_6,&g_53[1][0]},{(void*)0,&g_53[1][0],&g_2},{&g_2,&g_53[1][0],&g_6},{&g_2,&g_2,&g_2},{&g_6,&g_53[1][0],(void*)0},{&g_6,&g_2,&g_6}},{{&g_2,&g_53[0][0],(void*)0},{&g_6,&g_53[0][0],&g_6},{&g_6,&g_2,&g_53[3][0]},{&g_2,&g_53[0][0],&g_53[3][0]},{&g_2,(void*)0,&g_6},{(void*)0,&g_2,&g_53[3][0]},{(void*)0,&g_2,(void*)0},{&g_2,&g_2,&g_2}},{{&g_2,&g_53[1][0],(void*)0},{&g_6,&g_6,&g_2},{&g_6,(void*)0,&g_2},{&g_2,&g_2,&g_2},{&g_6,&g_6,&g_53[1][0]},{&g_6,&g_53[0][0],&g_6},{&g_2,&g_2,&g_53[1][0]},{&g_2,&g_6,&g_53[1][0]}},{{(void*)0,&g_53[1][0],&g_6},{(void*)0,&g_53[1][0],&g_2},{&g_2,&g_6,&g_53[2][0]},{&g_2,&g_53[1][0],(void*)0},{&g_6,&g_2,(void*)0},{&g_6,&g_6,&g_53[2][0]},{&g_2,&g_2,&g_2},{&g_6,&g_2,&g_53[3][0]}}};
        int16_t *l_112 = &l_54[4];
        int i, j, k;
        l_54[1] &= (0x3070B7B20295D0C5LL && 0x78DB5841EC3D2506LL);
        if (l_54[1])
        {
            int16_t *l_56[8] = {&g_47,&g_47,&g_47,&g_47,&g_47,&g_47,&g_47,&g_47};
            int16_t **l_55 = &l_56[2];
            int16_t ***l_57 = &l_55;
            int64_t *l_70 = (void*)0;
            int64_t *l_71 = &g_72[0];
            int32_t l_73 = 4L;
            uint64_t *l_74[1][6][8] = {{{&g_75,&g_75,&g_75,&g_75,&g_75,&g_75,&g_75,&g_75},{&g_75,&g_75,&g_75,(void*)0,&g_75,&g_75,&g_75,(void*)0},{&g_75,&g_75,&g_75,&g_75,(void*)0,(void*)0,(void*)0,&g_75},{&g_75,&g_75,&g_75,&g_75,&g_75,&g_75,(void*)0,&g_75},{&g_75,&g_75,&g_75,(void*)0,(void*)0,(void*)0,(void*)0,&g_75},{&g_75,&g_75,&g_75,(void*)0,&g_75,&g_75,&g_75,&g_75}}};
            uint64_t l_76 = 18446744073709551606UL;
            int8_t *l_84 = &g_85;
            int32_t l_86 = 0xA7C56116L;
            int i, j, k;
            (*l_57) = l_55;
            g_53[1][0] = (safe_mod_func_uint16_t_u_u(((p_22 <= (!(g_75 = (((safe_mul_func_int8_t_s_s((p_20 != (((((*l_71) ^= ((safe_lshift_func_uint8_t_u_u((safe_lshift_func_uint16_t_u_u(((g_47 = p_21) , 0xD49AL), 3)), (p_20 , (safe_sub_func_uint16_t_u_u((0L >= 1UL), 8UL))))) ^ ((l_69[3][0][0] == &g_2) != 251UL))) == p_21) , 3UL) | p_22)), 0L)) , 0xAD3287B7L) ^ l_73)))) > p_19), p_19));
            l_86 ^= (((p_20 & (p_20 , (l_76 , l_73))) != (safe_mod_func_int32_t_s_s(((((safe_sub_func_uint32_t_u_u((p_22 && (+(safe_rshift_func_int8_t_s_s((p_22 ^ 0x0B97L), 7)))), p_22)) , ((*l_84) = 0L)) | p_19) < p_20), p_21))) < p_19);
        }
        else
        {
            uint16_t l_90 = 0xFB0CL;
            int32_t l_97 = 0x706703C0L;
            for (p_21 = 0; (p_21 == 53); ++p_21)
            {
                int32_t l_96 = 0x637DDF4FL;
                ++l_90;
                g_53[2][0] &= 0xD61587F3L;
                l_96 |= (65534UL < ((-4L) || (safe_sub_func_int16_t_s_s((((void*)0 != l_95) >= g_49), p_20))));
                return l_97;
            }
        }
        g_113 = (!((((0x2FC2L ^ p_22) && p_20) ^ ((((&g_39 == ((safe_sub_func_uint64_t_u_u(1UL, ((g_75 >= p_22) >= (safe_add_func_uint8_t_u_u((safe_rshift_func_uint16_t_u_u(0x070DL, 11)), (((*l_112) = (((~(g_53[1][0] = (safe_mul_func_uint8_t_u_u((safe_mul_func_int8_t_s_s((safe_add_func_uint32_t_u_u(g_6, g_2)), p_19)), p_19)))) > g_2) , 0xF410L)) > g_39)))))) , l_52[2][6])) | 0L) , 1L) || g_75)) != p_19));
    }
    else
    {
        int32_t * const *l_137 = &g_116;
        uint32_t l_146 = 0x3E212FD2L;
        int32_t l_159 = (-1L);
        int32_t l_161 = (-2L);
        int32_t *l_166 = &g_39;
        int16_t *l_173 = (void*)0;
        int16_t *l_174[6][9] = {{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_47,&g_47,&g_47,&g_47,&g_47,&g_47,&g_47,&g_47,&g_47},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_47,&g_47,&g_47,&g_47,&g_47,&g_47,&g_47,&g_47,&g_47},{(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0,(void*)0},{&g_47,&g_47,&g_47,&g_47,&g_47,&g_47,&g_47,&g_47,&g_47}};
        uint16_t *l_176 = &g_177;
        int i, j;
        for (g_75 = 0; (g_75 <= 8); g_75 += 1)
        {
            int32_t *l_114 = &g_2;
            int16_t *l_131 = (void*)0;
            int16_t **l_130[5][4][7] = {{{&l_131,&l_131,&l_131,&l_131,&l_131,&l_131,&l_131},{&l_131,&l_131,&l_131,&l_131,&l_131,&l_131,&l_131},{&l_131,(void*)0,&l_131,&l_131,&l_131,&l_131,&l_131},{&l_131,&l_131,&l_131,&l_131,&l_131,&l_131,&l_131}},{{(void*)0,&l_131,&l_131,&l_131,&l_131,&l_131,&l_131},{&l_131,&l_131,(void*)0,&l_131,&l_131,&l_131,&l_131},{&l_131,&l_131,&l_131,&l_131,&l_131,&l_131,(void*)0},{&l_131,&l_131,&l_131,&l_131,&l_131,&l_131,&l_131}},{{&l_131,&l_131,&l_131,&l_131,&l_131,&l_131,&l_131},{&l_131,(void*)0,&l_131,&l_131,&l_131,&l_131,&l_131},{&l_131,&l_131,&l_131,&l_131,&l_131,&l_131,&l_131},{(void*)0,&l_131,&l_131,&l_131,&l_131,&l_131,&l_131}},{{&l_131,&l_131,(void*)0,&l_131,&l_131,&l_131,&l_131},{&l_131,&l_131,&l_131,&l_131,&l_131,&l_131,(void*)0},{&l_131,&l_131,&l_131,&l_131,&l_131,&l_131,&l_131},{&l_131,&l_131,&l_131,&l_131,&l_131,&l_131,&l_131}},{{&l_131,(void*)0,&l_131,&l_131,&l_131,&l_131,&l_131},{&l_131,&l_131,&l_131,&l_131,&l_131,&l_131,&l_131},{(void*)0,&l_131,&l_131,&l_131,&l_131,&l_131,&l_131},{&l_131,&l_131,(void*)0,&l_131,&l_131,&l_131,&l_131}}};
            int16_t ***l_129 = &l_130[2][2][6];
            int32_t ***l_153 = &g_118;
            int i, j, k;
            (*g_115) = l_114;
            (*g_117) = &l_52[4][1];
            for (g_113 = 0; g_113 < 7; g_113 += 1)
            {
                g_72[g_113] = 0x4449FB5A3AA3B8C4LL;
            }
            for (p_21 = 0; (p_21 <= 6); p_21 += 1)
            {
                int i;
                return g_72[p_21];
            }
            for (g_85 = 0; (g_85 >= 0); g_85 -= 1)
            {
                int8_t *l_121 = &g_122[2];
                int32_t * const l_139 = (void*)0;
                int32_t * const *l_138 = &l_139;
                int32_t * const l_141 = (void*)0;
                int32_t * const *l_140 = &l_141;
                int8_t *l_144 = &g_145;
                int64_t *l_151 = (void*)0;
                int32_t ****l_154 = &l_153;
                int i, j;
                l_146 |= (safe_mul_func_int8_t_s_s(((*l_121) = 0x86L), ((*l_144) |= (safe_add_func_int32_t_s_s((((safe_lshift_func_int16_t_s_u(0x6CADL, 5)) | (((safe_sub_func_uint32_t_u_u(((void*)0 == l_129), ((safe_lshift_func_uint8_t_u_u((safe_mul_func_int8_t_s_s(((+((l_140 = (l_138 = l_137)) != &l_52[(g_85 + 1)][g_75])) | ((g_53[(g_85 + 3)][g_85] | g_72[0]) || (safe_add_func_uint8_t_u_u(p_21, g_39)))), (*l_114))), p_20)) == (*l_114)))) || (*l_114)) ^ 0x14BEF022L)) >= 0x367B5E8CL), (*g_116))))));
                l_161 = (safe_lshift_func_uint16_t_u_u((safe_rshift_func_uint16_t_u_u((((l_151 != (void*)0) & (+(&l_140 == ((*l_154) = l_153)))) | (safe_sub_func_int16_t_s_s((p_19 = ((safe_rshift_func_int16_t_s_u((*l_114), 9)) > 254UL)), (l_159 = g_6)))), (((0xD190L ^ (+1UL)) && g_72[0]) ^ 0UL))), (**l_137)));
            }
        }
        g_182 ^= (p_20 > (((safe_div_func_uint8_t_u_u((safe_add_func_uint32_t_u_u((((*l_166) |= p_19) , (p_21 && (((((0xFA84L <= ((*l_176) ^= (safe_mul_func_uint16_t_u_u(g_53[1][0], (l_175[4][4] = (&g_117 != l_171)))))) || (safe_div_func_uint16_t_u_u((safe_mod_func_int8_t_s_s((l_174[5][7] != (void*)0), (-1L))), (**l_137)))) & 0x72AC2E06L) ^ 1UL) , p_20))), 0x739273CAL)), p_22)) <= g_49) & g_49));
        return p_22;
    }
    g_53[3][0] |= ((~((((safe_mul_func_int16_t_s_s((((*l_171) != (*l_171)) & (g_122[2] < (((safe_sub_func_uint8_t_u_u((((g_6 , (!(((****l_171) < (g_75 ^= (((((safe_div_func_uint8_t_u_u((g_209 = (safe_div_func_uint64_t_u_u(((safe_rshift_func_uint8_t_u_u((g_49 |= ((((((safe_add_func_uint64_t_u_u((safe_mod_func_int64_t_s_s((+(safe_rshift_func_int8_t_s_u((safe_div_func_int32_t_s_s((p_22 | (safe_mul_func_int8_t_s_s((p_21 != (p_19 != (safe_mod_func_int32_t_s_s((-3L), p_22)))), p_19))), 4294967294UL)), p_20))), g_182)), g_182)) && g_113) , (void*)0) != &g_89) > (-1L)) & (***l_172))), 4)) > 0xC3D22769CAE7AD8DLL), g_72[0]))), p_19)) && g_49) < p_20) , (***l_172)) , g_2))) < l_211))) != (***l_172)) , g_113), 0xA4L)) >= 0L) , p_19))), l_212)) > 0UL) , l_52[4][4]) == l_52[4][4])) > l_213);
    l_223 |= (g_209 <= (safe_mul_func_int8_t_s_s((safe_mul_func_int16_t_s_s(0x688AL, ((--g_75) , ((*l_220) = g_75)))), ((*l_222) = 0x31L))));
    return g_122[0];
}
int main (int argc, char* argv[])
{
    int i, j;
    int print_hash_value = 0;
    if (argc == 2 && strcmp(argv[1], "1") == 0) print_hash_value = 1;
    platform_main_begin();
    crc32_gentab();
    func_1();
    transparent_crc(g_2, "g_2", print_hash_value);
    transparent_crc(g_6, "g_6", print_hash_value);
    transparent_crc(g_39, "g_39", print_hash_value);
    transparent_crc(g_47, "g_47", print_hash_value);
    transparent_crc(g_49, "g_49", print_hash_value);
    for (i = 0; i < 4; i++)
    {
        for (j = 0; j < 1; j++)
        {
            transparent_crc(g_53[i][j], "g_53[i][j]", print_hash_value);
            if (print_hash_value) printf("index = [%d][%d]\n", i, j);
        }
    }
    for (i = 0; i < 7; i++)
    {
        transparent_crc(g_72[i], "g_72[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_75, "g_75", print_hash_value);
    transparent_crc(g_85, "g_85", print_hash_value);
    transparent_crc(g_89, "g_89", print_hash_value);
    transparent_crc(g_113, "g_113", print_hash_value);
    for (i = 0; i < 3; i++)
    {
        transparent_crc(g_122[i], "g_122[i]", print_hash_value);
        if (print_hash_value) printf("index = [%d]\n", i);
    }
    transparent_crc(g_145, "g_145", print_hash_value);
    transparent_crc(g_177, "g_177", print_hash_value);
    transparent_crc(g_182, "g_182", print_hash_value);
    transparent_crc(g_209, "g_209", print_hash_value);
    transparent_crc(g_225, "g_225", print_hash_value);
    transparent_crc(g_277, "g_277", print_hash_value);
    transparent_crc(g_318, "g_318", print_hash_value);
    transparent_crc(g_391, "g_391", print_hash_value);
    transparent_crc(g_411, "g_411", print_hash_value);
    transparent_crc(g_412, "g_412", print_hash_value);
    platform_main_end(crc32_context ^ 0xFFFFFFFFUL, print_hash_value);
    return 0;
}
