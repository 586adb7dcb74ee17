/* main's return value becomes the exit status. */
#include <stdio.h>

int main(void) {
  printf("returning 3\n");
  return 3;
}
