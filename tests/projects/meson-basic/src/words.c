#include <stdlib.h>
#include <string.h>
#include "words.h"

int count_words(const char *s, int *longest) {
  char *copy = strdup(s);
  int n = 0;
  *longest = 0;
#ifdef HAVE_STRTOK_R
  char *save = NULL;
  for (char *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
#else
  for (char *w = strtok(copy, " "); w; w = strtok(NULL, " ")) {
#endif
    int len = (int)strlen(w);
    if (len > *longest)
      *longest = len;
    n++;
  }
  free(copy);
  return n;
}
