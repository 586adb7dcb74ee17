#include "rv32.h"

int main(void) {
    put_str("before\n");
    flush();
    __builtin_trap();
}
