#ifndef STATS_H
#define STATS_H
#include <sysconf_valida.h>
long stats_sum(const int *v, int n);
int stats_mean(const int *v, int n);
#endif
