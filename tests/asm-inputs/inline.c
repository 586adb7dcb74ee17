/* Inline asm with operands (tests/asm.rs): "r" operands are frame slots
 * N(fp), "i"/"n" numbers, "+r" tied, "m" the slot holding an address; the
 * results are checked against C and against the KECCAKF builtin. */
#include <stdio.h>
#include <string.h>
#include <stdint.h>
#include <valida.h>

static int add_asm(int a, int b) {
    int r;
    __asm__ volatile("add %0, %1, %2" : "=r"(r) : "r"(a), "r"(b));
    return r;
}

static int inc_tied(int x) {
    __asm__ volatile("addi %0, %0, %1" : "+r"(x) : "i"(100));
    return x;
}

static int less_than_left_imm(int x) {
    int r;
    __asm__ volatile("ilt %0, %1, %2" : "=r"(r) : "n"(5), "r"(x));
    return r;
}

static int load_store_mem(int *p) {
    int v;
    __asm__ volatile("lw %0, %1" : "=r"(v) : "m"(*p));
    __asm__ volatile("sw %0, %1" : "=m"(*p) : "r"(v * 2));
    return v;
}

static void keccakf_asm(uint64_t state[25]) {
    __asm__ volatile("keccakf 0, %0" : : "r"(state) : "memory");
}

int main(void) {
    uint64_t a[25], b[25];
    for (int i = 0; i < 25; i++) a[i] = b[i] = (uint64_t)i * 0x0123456789abcdefULL;
    keccakf_asm(a);
    __valida_keccakf(b);
    int m = 21;
    int old = load_store_mem(&m);
    printf("add %d tied %d ilt %d %d mem %d %d keccak %s %08x\n", add_asm(40, 2),
           inc_tied(-1), less_than_left_imm(9), less_than_left_imm(3), old, m,
           memcmp(a, b, sizeof a) == 0 ? "same" : "differs", (unsigned)a[0]);
    return 0;
}
