// Reads its input with getchar (READ_ADVICE): counts lines, words and bytes,
// and sums the numbers it finds.
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    int c, lines = 0, words = 0, bytes = 0, in_word = 0;
    char num[32];
    int nlen = 0;
    long long total = 0;
    while ((c = getchar()) != EOF) {
        bytes++;
        if (c == '\n') lines++;
        if (isspace(c)) {
            in_word = 0;
        } else if (!in_word) {
            in_word = 1;
            words++;
        }
        if (isdigit(c) && nlen < 31) {
            num[nlen++] = (char)c;
        } else if (nlen) {
            num[nlen] = 0;
            total += atoi(num);
            nlen = 0;
        }
    }
    printf("%d lines, %d words, %d bytes, numbers sum to %lld\n", lines, words, bytes, total);
    return lines;
}
