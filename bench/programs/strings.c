/* String processing: tokenising, counting, reversing, searching, case mapping. */
#include <stdio.h>
#include <string.h>
#include <ctype.h>

static const char *words[] = {"valida", "zero", "knowledge", "proof", "virtual", "machine",
                              "compiler", "frame", "slot", "instruction", "level", "racecar",
                              "stack", "noon", "trace", "field"};

static char text[16384];

static void reverse(char *s, size_t n) {
  for (size_t i = 0, j = n ? n - 1 : 0; i < j; i++, j--) {
    char t = s[i];
    s[i] = s[j];
    s[j] = t;
  }
}

static int is_palindrome(const char *s, size_t n) {
  for (size_t i = 0; i < n / 2; i++)
    if (s[i] != s[n - 1 - i])
      return 0;
  return 1;
}

int main(void) {
  unsigned x = 7;
  size_t len = 0;
  while (len + 16 < sizeof text) {
    x = x * 1103515245u + 12345u;
    const char *w = words[(x >> 16) % 16];
    size_t n = strlen(w);
    memcpy(text + len, w, n);
    len += n;
    text[len++] = (x >> 10) % 7 == 0 ? '.' : ' ';
  }
  text[len] = 0;

  unsigned words_seen = 0, palindromes = 0, hash = 5381, letters[26] = {0};
  char token[32];
  const char *p = text;
  while (*p) {
    while (*p == ' ' || *p == '.')
      p++;
    size_t n = 0;
    while (p[n] && p[n] != ' ' && p[n] != '.')
      n++;
    if (!n)
      break;
    if (n >= sizeof token)
      n = sizeof token - 1;
    memcpy(token, p, n);
    token[n] = 0;
    words_seen++;
    palindromes += (unsigned)is_palindrome(token, n);
    reverse(token, n);
    for (size_t i = 0; i < n; i++) {
      hash = hash * 33 + (unsigned char)toupper((unsigned char)token[i]);
      letters[token[i] - 'a']++;
    }
    p += n;
  }
  unsigned found = 0;
  for (const char *q = text; (q = strstr(q, "proof")) != NULL; q++)
    found++;
  int cmp = strcmp(words[0], words[1]) < 0;
  printf("strings: %u words, %u palindromes, %u 'proof', cmp %d, e=%u\n", words_seen, palindromes,
         found, cmp, letters['e' - 'a']);
  printf("strings checksum: %08x\n", hash);
  return 0;
}
