/* C11 atomics on a single-threaded machine: _Atomic objects of 1, 2, 4, 8
 * and 12 bytes (the generic library calls), the stdatomic.h operations,
 * atomic_flag, and the __atomic/__sync builtins. */
/* Without the A extension every atomic is a library call, which clang warns about. */
#pragma clang diagnostic ignored "-Watomic-alignment"
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>

struct triple {
  int a, b, c;
};

static _Atomic char ch = 'a';
static _Atomic short sh = 1000;
static _Atomic int counter;
static _Atomic long long wide = 1LL << 40;
static _Atomic struct triple tri;
static atomic_flag flag = ATOMIC_FLAG_INIT;

int main(void) {
  struct triple init = {1, 2, 3};
  atomic_init(&tri, init);
  for (int i = 0; i < 10; i++)
    atomic_fetch_add(&counter, i);
  counter += 5;
  counter++;
  printf("counter %d\n", atomic_load(&counter));
  int expected = 51;
  _Bool ok = atomic_compare_exchange_strong(&counter, &expected, 100);
  printf("cas ok %d now %d\n", ok, (int)counter);
  expected = 7;
  ok = atomic_compare_exchange_weak(&counter, &expected, 200);
  printf("cas fail %d expected now %d\n", ok, expected);
  int r = atomic_exchange(&counter, -1);
  printf("exchange old %d new %d\n", r, (int)counter);
  r = atomic_fetch_and(&counter, 0xff);
  printf("fetch_and %d", r);
  r = atomic_fetch_or(&counter, 0x100);
  printf(" fetch_or %d", r);
  r = atomic_fetch_xor(&counter, 0x3);
  printf(" fetch_xor %d final %d\n", r, (int)counter);

  ch += 2;
  sh -= 1;
  wide += 3;
  atomic_fetch_sub(&wide, 1);
  printf("char %c short %d wide %lld\n", (char)ch, (int)sh, (long long)atomic_load(&wide));

  struct triple t = atomic_load(&tri);
  printf("struct %d %d %d\n", t.a, t.b, t.c);
  struct triple n = {4, 5, 6};
  atomic_store(&tri, n);
  struct triple old = atomic_exchange(&tri, t);
  printf("struct exchange old %d %d %d\n", old.a, old.b, old.c);
  struct triple want = t, repl = {7, 8, 9};
  ok = atomic_compare_exchange_strong(&tri, &want, repl);
  t = atomic_load(&tri);
  printf("struct cas %d -> %d %d %d\n", ok, t.a, t.b, t.c);

  r = atomic_flag_test_and_set(&flag);
  printf("flag %d", r);
  printf(" %d", atomic_flag_test_and_set(&flag));
  atomic_flag_clear(&flag);
  printf(" cleared %d\n", atomic_flag_test_and_set(&flag));

  int v = 10;
  printf("__atomic %d", __atomic_add_fetch(&v, 5, __ATOMIC_SEQ_CST));
  printf(" %d", __atomic_fetch_sub(&v, 3, __ATOMIC_RELAXED));
  printf(" %d\n", __atomic_load_n(&v, __ATOMIC_ACQUIRE));
  printf("__sync %d", __sync_fetch_and_add(&v, 1));
  printf(" %d", __sync_val_compare_and_swap(&v, 13, 40));
  r = __sync_bool_compare_and_swap(&v, 40, 41);
  printf(" %d %d\n", r, v);
  uint64_t big = 5;
  printf("__sync 64 %llu\n", (unsigned long long)__sync_add_and_fetch(&big, 1ull << 33));
  atomic_thread_fence(memory_order_seq_cst);
  printf("lock free int %d\n", atomic_is_lock_free(&counter));
  return 0;
}
