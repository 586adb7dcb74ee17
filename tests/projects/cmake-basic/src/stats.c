#include "stats.h"

long stats_sum(const int *v, int n) {
  long s = 0;
  for (int i = 0; i < n; i++)
    s += v[i] * STATS_SCALE;
  return s;
}

int stats_mean(const int *v, int n) { return n ? (int)(stats_sum(v, n) / n) : 0; }
