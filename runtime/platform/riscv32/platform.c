/* RV32IM Linux platform layer (qemu-riscv32 user mode and our RV32 emulator):
 * system calls through ecall (a7 = number, a0.. = arguments):
 * read = 63, write = 64, exit = 93. The heap is a static array. */
#include "../../libc/rt.h"

#define SYS_read 63
#define SYS_write 64
#define SYS_exit 93

#ifndef RT_HEAP_SIZE
#define RT_HEAP_SIZE (32u << 20)
#endif

static char heap[RT_HEAP_SIZE] __attribute__((aligned(8)));

static long syscall3(long n, long a, long b, long c) {
  register long a0 __asm__("a0") = a;
  register long a1 __asm__("a1") = b;
  register long a2 __asm__("a2") = c;
  register long a7 __asm__("a7") = n;
  __asm__ volatile("ecall" : "+r"(a0) : "r"(a1), "r"(a2), "r"(a7) : "memory");
  return a0;
}

void __rt_write(int fd, const char *buf, size_t n) {
  while (n) {
    long r = syscall3(SYS_write, fd, (long)buf, (long)n);
    if (r <= 0)
      return;
    buf += r;
    n -= (size_t)r;
  }
}

void __rt_putc(int fd, int c) {
  char b = (char)c;
  __rt_write(fd, &b, 1);
}

int __rt_read_byte(void) {
  unsigned char c;
  return syscall3(SYS_read, 0, (long)&c, 1) == 1 ? c : -1;
}

_Noreturn void __rt_exit(int status) {
  for (;;)
    syscall3(SYS_exit, status, 0, 0);
}

/* Like Valida's FAIL, which makes `valida run` exit with status 1. */
_Noreturn void __rt_abort(void) {
  for (;;)
    syscall3(SYS_exit, 1, 0, 0);
}

char *__rt_heap_start(void) { return heap; }
char *__rt_heap_end(void) { return heap + sizeof heap; }
