#include <stdio.h>
#include "stats.h"

int main(int argc, char **argv) {
  int v[10];
  for (int i = 0; i < 10; i++)
    v[i] = i + 1;
  printf("%s: argc=%d sum=%ld mean=%d\n", APP_GREETING, argc, stats_sum(v, 10),
         stats_mean(v, 10));
  fprintf(stderr, "%s: done\n", argv[0]);
  return 0;
}
