#ifndef WORDS_H
#define WORDS_H
/* Counts the words of s separated by spaces; writes the longest's length. */
int count_words(const char *s, int *longest);
#endif
