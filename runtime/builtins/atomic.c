/* The __atomic_* library calls that clang emits for C11 _Atomic and the
 * __atomic builtins when the target has no atomic instructions (RV32IM
 * without A; Valida). Both machines run one thread without interrupts,
 * so a plain load, store or read-modify-write is atomic: the memory-order
 * arguments need no fence. Sized forms for 1, 2, 4 and 8 bytes, the
 * generic forms (any size, values by address: clang's choice above 8
 * bytes), and the legacy __sync_* calls. */
#include <stdint.h>
#include <string.h>


/* The names are the compiler's builtins: define them under other names and
 * give the symbols the real names with asm labels. */
#define NAME(n) __asm__(#n)

#define SIZED(N, T)                                                           \
  T rt_load_##N(const volatile T *p, int m) NAME(__atomic_load_##N);          \
  T rt_load_##N(const volatile T *p, int m) {                                 \
    (void)m;                                                                  \
    return *p;                                                                \
  }                                                                           \
  void rt_store_##N(volatile T *p, T v, int m) NAME(__atomic_store_##N);      \
  void rt_store_##N(volatile T *p, T v, int m) {                              \
    (void)m;                                                                  \
    *p = v;                                                                   \
  }                                                                           \
  T rt_exchange_##N(volatile T *p, T v, int m) NAME(__atomic_exchange_##N);   \
  T rt_exchange_##N(volatile T *p, T v, int m) {                              \
    (void)m;                                                                  \
    T old = *p;                                                               \
    *p = v;                                                                   \
    return old;                                                               \
  }                                                                           \
  _Bool rt_cas_##N(volatile T *p, T *expected, T desired, int s, int f)       \
      NAME(__atomic_compare_exchange_##N);                                    \
  _Bool rt_cas_##N(volatile T *p, T *expected, T desired, int s, int f) {     \
    (void)s, (void)f;                                                         \
    T cur = *p;                                                               \
    if (cur == *expected) {                                                   \
      *p = desired;                                                           \
      return 1;                                                               \
    }                                                                         \
    *expected = cur;                                                          \
    return 0;                                                                 \
  }                                                                           \
  RMW(N, T, add, old + v)                                                     \
  RMW(N, T, sub, old - v)                                                     \
  RMW(N, T, and, old & v)                                                     \
  RMW(N, T, or, old | v)                                                      \
  RMW(N, T, xor, old ^ v)                                                     \
  RMW(N, T, nand, ~(old & v))                                                 \
  T rt_sync_cas_##N(volatile T *p, T expected, T desired)                     \
      NAME(__sync_val_compare_and_swap_##N);                                  \
  T rt_sync_cas_##N(volatile T *p, T expected, T desired) {                   \
    T cur = *p;                                                               \
    if (cur == expected)                                                      \
      *p = desired;                                                           \
    return cur;                                                               \
  }                                                                           \
  _Bool rt_sync_bcas_##N(volatile T *p, T expected, T desired)                \
      NAME(__sync_bool_compare_and_swap_##N);                                 \
  _Bool rt_sync_bcas_##N(volatile T *p, T expected, T desired) {              \
    T cur = *p;                                                               \
    if (cur != expected)                                                      \
      return 0;                                                               \
    *p = desired;                                                             \
    return 1;                                                                 \
  }                                                                           \
  T rt_sync_lock_##N(volatile T *p, T v) NAME(__sync_lock_test_and_set_##N);  \
  T rt_sync_lock_##N(volatile T *p, T v) {                                    \
    T old = *p;                                                               \
    *p = v;                                                                   \
    return old;                                                               \
  }

/* fetch_OP returns the old value, OP_fetch the new one; __sync_ likewise. */
#define RMW(N, T, OP, EXPR)                                                   \
  T rt_fetch_##OP##_##N(volatile T *p, T v, int m)                            \
      NAME(__atomic_fetch_##OP##_##N);                                        \
  T rt_fetch_##OP##_##N(volatile T *p, T v, int m) {                          \
    (void)m;                                                                  \
    T old = *p;                                                               \
    *p = (T)(EXPR);                                                           \
    return old;                                                               \
  }                                                                           \
  T rt_##OP##_fetch_##N(volatile T *p, T v, int m)                            \
      NAME(__atomic_##OP##_fetch_##N);                                        \
  T rt_##OP##_fetch_##N(volatile T *p, T v, int m) {                          \
    (void)m;                                                                  \
    T old = *p;                                                               \
    *p = (T)(EXPR);                                                           \
    return *p;                                                                \
  }                                                                           \
  T rt_sync_fetch_##OP##_##N(volatile T *p, T v)                              \
      NAME(__sync_fetch_and_##OP##_##N);                                      \
  T rt_sync_fetch_##OP##_##N(volatile T *p, T v) {                            \
    T old = *p;                                                               \
    *p = (T)(EXPR);                                                           \
    return old;                                                               \
  }                                                                           \
  T rt_sync_##OP##_fetch_##N(volatile T *p, T v)                              \
      NAME(__sync_##OP##_and_fetch_##N);                                      \
  T rt_sync_##OP##_fetch_##N(volatile T *p, T v) {                            \
    T old = *p;                                                               \
    *p = (T)(EXPR);                                                           \
    return *p;                                                                \
  }

SIZED(1, uint8_t)
SIZED(2, uint16_t)
SIZED(4, uint32_t)
SIZED(8, uint64_t)

/* Generic forms: any size, values passed by address. */
void rt_load(size_t n, const volatile void *src, void *dst, int m) NAME(__atomic_load);
void rt_load(size_t n, const volatile void *src, void *dst, int m) {
  (void)m;
  memcpy(dst, (const void *)src, n);
}

void rt_store(size_t n, volatile void *dst, void *src, int m) NAME(__atomic_store);
void rt_store(size_t n, volatile void *dst, void *src, int m) {
  (void)m;
  memcpy((void *)dst, src, n);
}

void rt_exchange(size_t n, volatile void *p, void *val, void *old, int m) NAME(__atomic_exchange);
void rt_exchange(size_t n, volatile void *p, void *val, void *old, int m) {
  (void)m;
  memcpy(old, (const void *)p, n);
  memcpy((void *)p, val, n);
}

_Bool rt_cas(size_t n, volatile void *p, void *expected, void *desired, int s, int f)
    NAME(__atomic_compare_exchange);
_Bool rt_cas(size_t n, volatile void *p, void *expected, void *desired, int s, int f) {
  (void)s, (void)f;
  if (memcmp((const void *)p, expected, n) == 0) {
    memcpy((void *)p, desired, n);
    return 1;
  }
  memcpy(expected, (const void *)p, n);
  return 0;
}

_Bool rt_is_lock_free(size_t n, const volatile void *p) NAME(__atomic_is_lock_free);
_Bool rt_is_lock_free(size_t n, const volatile void *p) {
  (void)p;
  return n == 1 || n == 2 || n == 4 || n == 8;
}

void rt_sync_synchronize(void) NAME(__sync_synchronize);
void rt_sync_synchronize(void) {}
