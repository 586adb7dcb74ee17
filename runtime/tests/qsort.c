/* qsort (stable for equal keys) and bsearch. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rec { int key; int order; };

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}
static int cmp_rec(const void *a, const void *b) {
  return ((const struct rec *)a)->key - ((const struct rec *)b)->key;
}
static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(void) {
  int v[1000];
  unsigned s = 7;
  for (int i = 0; i < 1000; i++) {
    s = s * 1664525u + 1013904223u;
    v[i] = (int)(s >> 12) % 10000 - 5000;
  }
  qsort(v, 1000, sizeof v[0], cmp_int);
  int sorted = 1;
  long sum = 0;
  for (int i = 1; i < 1000; i++)
    sorted &= v[i - 1] <= v[i];
  for (int i = 0; i < 1000; i++)
    sum += v[i] * (i % 7);
  printf("sorted %d min %d max %d weighted %ld\n", sorted, v[0], v[999], sum);
  for (int k = -5000; k < 5000; k += 1237) {
    int *p = bsearch(&k, v, 1000, sizeof v[0], cmp_int);
    printf("bsearch %d: %s\n", k, p ? "found" : "absent");
  }
  int key = v[500];
  int *p = bsearch(&key, v, 1000, sizeof v[0], cmp_int);
  printf("bsearch existing: %d\n", p && *p == key);
  struct rec r[50];
  for (int i = 0; i < 50; i++) {
    r[i].key = (i * 7) % 5;
    r[i].order = i;
  }
  qsort(r, 50, sizeof r[0], cmp_rec);
  int stable = 1;
  for (int i = 1; i < 50; i++)
    if (r[i - 1].key == r[i].key && r[i - 1].order > r[i].order)
      stable = 0;
  printf("stable %d first %d/%d last %d/%d\n", stable, r[0].key, r[0].order, r[49].key, r[49].order);
  char *words[] = {"pear", "apple", "fig", "banana", "cherry", "date", "apple"};
  qsort(words, 7, sizeof words[0], cmp_str);
  for (int i = 0; i < 7; i++)
    printf("%s%c", words[i], i == 6 ? '\n' : ' ');
  int one[1] = {3};
  qsort(one, 1, sizeof one[0], cmp_int);
  qsort(NULL, 0, sizeof one[0], cmp_int);
  printf("one %d\n", one[0]);
  return 0;
}
