#ifndef _STRINGS_H
#define _STRINGS_H
#include <string.h>

#ifdef __cplusplus
extern "C" {
#endif

int bcmp(const void *a, const void *b, size_t n);
void bcopy(const void *src, void *dst, size_t n);
void bzero(void *s, size_t n);
char *index(const char *s, int c);
char *rindex(const char *s, int c);
int ffs(int x);
int ffsl(long x);
int ffsll(long long x);

#ifdef __cplusplus
}
#endif
#endif
