/* Micro-benchmark of the runtime's block routines: REPS calls of one routine
 * on N bytes at the given destination/source offsets from 8-aligned buffers.
 * bench/mem.sh builds it with REPS=R and REPS=0 and reports
 * (executed(R) - executed(0)) / R: the cost of one call, call included.
 * Routines are called through volatile pointers so that the compiler can
 * neither inline nor specialise them; OP_MEMCPY_INSTR copies with
 * __builtin_memcpy of a run-time size instead (one MEMCPY instruction when
 * built with -mvalida-memcpy). */
#include <stddef.h>
#include <string.h>

#ifndef N
#define N 1024
#endif
#ifndef DOFF
#define DOFF 0
#endif
#ifndef SOFF
#define SOFF 0
#endif
#ifndef REPS
#define REPS 4
#endif

/* Not static: the fill loop must stay in the REPS=0 build too. */
#define PAD 64
unsigned char a[N + 2 * PAD] __attribute__((aligned(8)));
unsigned char b[N + 2 * PAD] __attribute__((aligned(8)));

void *(*volatile cpy)(void *, const void *, size_t) = memcpy;
void *(*volatile mov)(void *, const void *, size_t) = memmove;
void *(*volatile set)(void *, int, size_t) = memset;
int (*volatile cmp)(const void *, const void *, size_t) = memcmp;
size_t (*volatile len)(const char *) = strlen;
char *(*volatile scpy)(char *, const char *) = strcpy;
int (*volatile scmp)(const char *, const char *) = strcmp;
volatile size_t vn = N;
volatile int vd = DOFF, vs = SOFF;
volatile int sink;

int main(void) {
  size_t n = vn;
  unsigned char *d = a + PAD + vd;
  /* memmove: source in the same buffer, SOFF bytes above (overlapping) or,
   * with a negative SOFF, below the destination. */
  const unsigned char *s = b + PAD + vs;
  const unsigned char *ms = a + PAD + vd + vs;
  /* Equal contents at d and s (memcmp, strcmp scan all N bytes), no zero
   * byte before the end of the strings (strlen, strcpy, strcmp). */
  for (size_t i = 0; i < sizeof a; i++) {
    a[i] = (unsigned char)((i + 256 - DOFF) % 251 + 1);
    b[i] = (unsigned char)((i + 256 - SOFF) % 251 + 1);
  }
  a[PAD + DOFF + N] = 0;
  b[PAD + SOFF + N] = 0;
  for (int r = 0; r < REPS; r++) {
#if defined(OP_MEMCPY)
    cpy(d, s, n);
#elif defined(OP_MEMCPY_INSTR)
    __builtin_memcpy(d, s, n);
#elif defined(OP_MEMMOVE)
    mov(d, ms, n);
#elif defined(OP_MEMSET)
    set(d, r, n);
#elif defined(OP_MEMCMP)
    sink = cmp(d, s, n);
#elif defined(OP_STRLEN)
    sink = (int)len((const char *)d);
#elif defined(OP_STRCPY)
    scpy((char *)d, (const char *)s);
#elif defined(OP_STRCMP)
    sink = scmp((const char *)d, (const char *)s);
#else
#error "define one OP_*"
#endif
  }
  return 0;
}
