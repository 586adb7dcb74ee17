#include "rv32.h"

/* Copies stdin to stdout upper-cased; exit status = byte count (mod 256). */
int main(void) {
    char buf[7]; /* small, to exercise partial reads */
    unsigned total = 0;
    for (;;) {
        ssize_t n = sys_read(0, buf, sizeof buf);
        if (n <= 0) break;
        for (ssize_t i = 0; i < n; i++)
            if (buf[i] >= 'a' && buf[i] <= 'z') buf[i] -= 32;
        sys_write(1, buf, n);
        total += n;
    }
    /* bad fd and bad buffer give errors, not crashes */
    put_str("bad fd: ");
    put_int(sys_write(7, "x", 1));
    put_str(" bad buf: ");
    put_int(sys_write(1, (void *)16, 4));
    put_char('\n');
    flush();
    return total;
}
