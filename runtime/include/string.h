#ifndef _STRING_H
#define _STRING_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

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
int strerror_r(int errnum, char *buf, size_t n);
char *strsignal(int sig);
char *strsep(char **__restrict s, const char *__restrict delim);
void *memmem(const void *hay, size_t hn, const void *needle, size_t nn);
void *memrchr(const void *s, int c, size_t n);
void *mempcpy(void *__restrict dst, const void *__restrict src, size_t n);
void *memccpy(void *__restrict dst, const void *__restrict src, int c, size_t n);
char *strchrnul(const char *s, int c);
char *strcasestr(const char *hay, const char *needle);
char *stpncpy(char *__restrict dst, const char *__restrict src, size_t n);
size_t strlcpy(char *__restrict dst, const char *__restrict src, size_t n);
size_t strlcat(char *__restrict dst, const char *__restrict src, size_t n);
int strverscmp(const char *a, const char *b);
void explicit_bzero(void *s, size_t n);

#ifdef __cplusplus
}
#endif
#endif
