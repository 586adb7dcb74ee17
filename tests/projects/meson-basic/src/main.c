#include <math.h>
#include <stdio.h>
#include "words.h"

int main(int argc, char **argv) {
  const char *text = argc > 1 ? argv[1] : "one two";
  int longest;
  int n = count_words(text, &longest);
  printf("meson: words=%d longest=%d sqrt=%.3f\n", n, longest, sqrt((double)longest));
  return n == 0;
}
