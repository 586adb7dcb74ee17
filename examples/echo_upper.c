// Reads its input (READ_ADVICE) and prints it in upper case:
//   valida-cc run examples/echo_upper.c -- some-input.txt
#include <ctype.h>
#include <stdio.h>

int main(void) {
    int c, n = 0;
    while ((c = getchar()) != EOF) {
        putchar(toupper(c));
        n++;
    }
    printf("\n%d bytes\n", n);
    return 0;
}
