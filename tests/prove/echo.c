/* Reads its input and writes it back upper-cased, with a count. */
#include "common.h"

int main(void) {
  int c, n = 0;
  while ((c = getchar()) != EOF) {
    if (c >= 'a' && c <= 'z') c -= 'a' - 'A';
    putchar(c);
    n++;
  }
  put_str("bytes: "); put_int(n); putchar('\n');
  return 0;
}
