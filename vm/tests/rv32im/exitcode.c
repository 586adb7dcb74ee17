#include "rv32.h"

/* exit status is the low 8 bits of the argument */
int main(void) {
    put_str("exiting with 298\n");
    flush();
    sys_exit(298);
}
