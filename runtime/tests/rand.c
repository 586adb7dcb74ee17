/* rand() follows glibc's default generator, so the numbers match a native build. */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  for (int i = 0; i < 5; i++)
    printf("%d ", rand());
  printf("\n");
  srand(42);
  for (int i = 0; i < 5; i++)
    printf("%d ", rand());
  printf("\n");
  srand(0);
  unsigned h = 0;
  for (int i = 0; i < 100000; i++)
    h = h * 31 + (unsigned)rand();
  printf("%u\n", h);
  srand(4000000000u);
  int r1 = rand();
  int r2 = rand() % 100;
  printf("%d %d\n", r1, r2);
  srand(2147483648u);
  r1 = rand();
  srand(4294967295u);
  r2 = rand();
  printf("%d %d\n", r1, r2);
  return 0;
}
