/* Tiny system-call layer and printing helpers for freestanding RV32IM test
 * programs (Linux riscv32 ECALL convention). */
#ifndef RV32_H
#define RV32_H

typedef unsigned int size_t;
typedef int ssize_t;
typedef unsigned int uint32_t;
typedef int int32_t;
typedef unsigned long long uint64_t;
typedef long long int64_t;

static inline long sys3(long n, long a, long b, long c) {
    register long a0 __asm__("a0") = a;
    register long a1 __asm__("a1") = b;
    register long a2 __asm__("a2") = c;
    register long a7 __asm__("a7") = n;
    __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a7) : "memory");
    return a0;
}

static inline ssize_t sys_write(int fd, const void *buf, size_t n) { return sys3(64, fd, (long)buf, n); }
static inline ssize_t sys_read(int fd, void *buf, size_t n) { return sys3(63, fd, (long)buf, n); }
static inline void *sys_brk(void *p) { return (void *)sys3(214, (long)p, 0, 0); }
__attribute__((noreturn)) static inline void sys_exit(int code) {
    sys3(93, code, 0, 0);
    __builtin_unreachable();
}

void *memcpy(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);

void put_str(const char *s);
void put_char(char c);
void put_int(int64_t v);
void put_uint(uint64_t v);
void put_hex(uint32_t v);
void flush(void);

#endif
