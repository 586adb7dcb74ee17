#include "rv32.h"

int main(void) {
    static const char msg[] = "hello, world\n";
    sys_write(1, msg, sizeof msg - 1);
    sys_write(2, "to stderr\n", 10);
    return 0;
}
