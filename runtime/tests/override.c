/* A program's own definitions of libc names win over the library's (its
 * members are still pulled in for the other names they define): srand,
 * and getenv, while strtol and rand come from the library's stdlib. */
#include <stdio.h>
#include <stdlib.h>

static unsigned seeds;

void srand(unsigned seed) { seeds += seed; }

char *getenv(const char *name) { return (char *)name; }

int main(void) {
  srand(5);
  srand(6);
  printf("own srand saw %u\n", seeds);
  printf("own getenv: %s\n", getenv("HOME"));
  printf("library strtol: %ld\n", strtol("  -42xyz", NULL, 10));
  printf("library rand is still unseeded glibc's: %d\n", rand());
  return 0;
}
