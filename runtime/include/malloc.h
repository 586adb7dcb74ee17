#ifndef _MALLOC_H
#define _MALLOC_H

#include <stdlib.h>

#ifdef __cplusplus
extern "C" {
#endif

void *memalign(size_t align, size_t n);
void *valloc(size_t n);
void *pvalloc(size_t n);
size_t malloc_usable_size(void *p);

#ifdef __cplusplus
}
#endif
#endif
