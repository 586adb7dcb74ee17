#include "rv32.h"

int main(void);

/* Writing to the text segment faults (it is mapped read-execute). */
int main(void) {
    put_str("before\n");
    flush();
    *(volatile unsigned *)(void *)main = 0;
    return 0;
}
