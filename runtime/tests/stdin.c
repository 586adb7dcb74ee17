/* Input: getchar, ungetc, fgets, scanf, EOF. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

int main(void) {
  char line[32];
  int c = getchar();
  printf("first char '%c'\n", c);
  ungetc(c, stdin);
  if (fgets(line, sizeof line, stdin))
    printf("line [%s]\n", strtok(line, "\n"));
  int a, b;
  char word[16];
  double d;
  int n = scanf("%d %d %15s %lf", &a, &b, word, &d);
  printf("scanf %d: %d %d %s %g\n", n, a, b, word, d);
  char *l = NULL;
  size_t cap = 0;
  getchar(); /* the newline after 2.5 */
  long len = getline(&l, &cap, stdin);
  printf("getline %ld [%s]\n", len, strtok(l, "\n"));
  free(l);
  long total = 0;
  int v;
  while (scanf("%d", &v) == 1)
    total += v;
  printf("sum of the rest %ld\n", total);
  printf("at eof: %d %d\n", getchar(), feof(stdin) != 0);
  return 0;
}
