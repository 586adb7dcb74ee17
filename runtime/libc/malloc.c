/* malloc/free/calloc/realloc: segregated free lists over the heap region.
 *
 * Every block starts with an 8-byte header whose second word is the block size
 * (header included, a multiple of 8, at least 16); payloads are 8-aligned.
 * Free blocks of up to SMALL_MAX bytes sit in exact-size LIFO bins; larger ones
 * in one address-ordered first-fit list where neighbours merge, split on
 * allocation. Fresh memory is bumped from the untouched part of the heap, and
 * a block freed right below the bump pointer gives its memory back to it. */
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <errno.h>
#include "rt.h"

#define HDR 8u
#define MIN_BLOCK 16u
#define SMALL_MAX 1024u

typedef struct block {
  size_t unused;
  size_t size;
  struct block *next; /* only while free (first payload word) */
} block;

static char *top, *limit;
static block *bins[SMALL_MAX / 8 + 1];
static block *large;

static block *header(void *p) { return (block *)((char *)p - HDR); }
static void *payload(block *b) { return (char *)b + HDR; }

static block **link_of(block *prev) { return prev ? &prev->next : &large; }

/* Large free blocks are kept in address order and merged with free
 * neighbours in that list; a block that ends at the bump pointer returns
 * to it. */
static void release_large(block *b) {
  block *before = NULL, *prev = NULL, *cur = large;
  while (cur && cur < b) {
    before = prev;
    prev = cur;
    cur = cur->next;
  }
  if (cur && (char *)b + b->size == (char *)cur) {
    b->size += cur->size;
    cur = cur->next;
  }
  if (prev && (char *)prev + prev->size == (char *)b) {
    prev->size += b->size;
    b = prev;
    prev = before;
  }
  if ((char *)b + b->size == top) {
    top = (char *)b;
    *link_of(prev) = cur;
    return;
  }
  b->next = cur;
  *link_of(prev) = b;
}

static void release(block *b) {
  if (b->size > SMALL_MAX) {
    release_large(b);
  } else if ((char *)b + b->size == top) {
    top = (char *)b;
  } else {
    b->next = bins[b->size >> 3];
    bins[b->size >> 3] = b;
  }
}

/* Shrink b to size s, freeing the rest when it can form a block. */
static void split(block *b, size_t s) {
  size_t rest = b->size - s;
  if (rest >= MIN_BLOCK) {
    block *r = (block *)((char *)b + s);
    r->size = rest;
    b->size = s;
    release(r);
  }
}

static block *take_large(size_t s) {
  block **link = &large;
  for (block *b = large; b; link = &b->next, b = b->next) {
    if (b->size >= s) {
      *link = b->next;
      split(b, s);
      return b;
    }
  }
  return NULL;
}

static block *bump(size_t s) {
  if (!limit) {
    top = (char *)(((uintptr_t)__rt_heap_start() + 7) & ~(uintptr_t)7);
    limit = __rt_heap_end();
  }
  if ((size_t)(limit - top) < s)
    return NULL;
  block *b = (block *)top;
  top += s;
  b->size = s;
  return b;
}

static size_t block_size(size_t n) {
  if (n > ((size_t)-1 >> 1))
    return 0;
  size_t s = (n + HDR + 7) & ~(size_t)7;
  return s < MIN_BLOCK ? MIN_BLOCK : s;
}

void *malloc(size_t n) {
  size_t s = block_size(n);
  block *b;
  if (!s)
    goto fail;
  if (s <= SMALL_MAX) {
    if ((b = bins[s >> 3])) {
      bins[s >> 3] = b->next;
      return payload(b);
    }
  } else if ((b = take_large(s))) {
    return payload(b);
  }
  if ((b = bump(s)))
    return payload(b);
  /* The fresh region is used up: carve the block out of a bigger free one. */
  for (size_t i = (s >> 3) + 1; i <= SMALL_MAX / 8; i++) {
    if ((b = bins[i])) {
      bins[i] = b->next;
      split(b, s);
      return payload(b);
    }
  }
  if (s <= SMALL_MAX && (b = take_large(s)))
    return payload(b);
fail:
  errno = ENOMEM;
  return NULL;
}

void free(void *p) {
  if (p)
    release(header(p));
}

void *calloc(size_t n, size_t size) {
  if (size && n > (size_t)-1 / size) {
    errno = ENOMEM;
    return NULL;
  }
  void *p = malloc(n * size);
  return p ? memset(p, 0, n * size) : NULL;
}

void *realloc(void *p, size_t n) {
  if (!p)
    return malloc(n);
  if (n == 0) {
    free(p);
    return NULL;
  }
  block *b = header(p);
  size_t s = block_size(n);
  if (!s) {
    errno = ENOMEM;
    return NULL;
  }
  if (b->size >= s) {
    split(b, s);
    return p;
  }
  if ((char *)b + b->size == top && (size_t)(limit - (char *)b) >= s) {
    top = (char *)b + s; /* the last block grows in place */
    b->size = s;
    return p;
  }
  void *q = malloc(n);
  if (q) {
    memcpy(q, p, b->size - HDR);
    free(p);
  }
  return q;
}

void *aligned_alloc(size_t align, size_t n) {
  if (align <= 8)
    return malloc(n);
  if (align & (align - 1) || n > ((size_t)-1 >> 2) || align > ((size_t)-1 >> 2)) {
    errno = EINVAL;
    return NULL;
  }
  char *raw = malloc(n + align + MIN_BLOCK);
  if (!raw)
    return NULL;
  char *p = (char *)(((uintptr_t)raw + MIN_BLOCK + align - 1) & ~(uintptr_t)(align - 1));
  block *b = header(raw), *a = header(p);
  a->size = b->size - (size_t)(p - raw);
  b->size = (size_t)(p - raw);
  release(b);
  return p;
}

int posix_memalign(void **out, size_t align, size_t n) {
  if (align < sizeof(void *) || (align & (align - 1)))
    return EINVAL;
  int saved = errno;
  void *p = aligned_alloc(align, n);
  if (!p) {
    int e = errno;
    errno = saved;
    return e;
  }
  *out = p;
  return 0;
}

void *memalign(size_t align, size_t n) { return aligned_alloc(align, n); }
void *valloc(size_t n) { return aligned_alloc(4096, n); }
void *pvalloc(size_t n) { return aligned_alloc(4096, (n + 4095) & ~(size_t)4095); }

size_t malloc_usable_size(void *p) { return p ? header(p)->size - HDR : 0; }

void *reallocarray(void *p, size_t n, size_t size) {
  if (size && n > (size_t)-1 / size) {
    errno = ENOMEM;
    return NULL;
  }
  return realloc(p, n * size);
}
