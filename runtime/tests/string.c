/* string.h functions. */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

static void show(const char *label, const char *s) { printf("%s: %s\n", label, s ? s : "(null)"); }
static int sign(int x) { return x < 0 ? -1 : x > 0; }

int main(void) {
  char buf[64], big[300], big2[300];
  printf("strlen %zu %zu\n", strlen(""), strlen("hello"));
  printf("strnlen %zu %zu\n", strnlen("hello", 3), strnlen("hi", 10));
  strcpy(buf, "foo");
  strcat(buf, "bar");
  show("strcat", buf);
  strncat(buf, "bazqux", 3);
  show("strncat", buf);
  memset(buf, 'x', sizeof buf);
  strncpy(buf, "ab", 5);
  printf("strncpy %d %d %d %d %c\n", buf[0], buf[2], buf[3], buf[4], buf[5]);
  printf("strcmp %d %d %d %d\n", sign(strcmp("abc", "abd")), sign(strcmp("abc", "abc")), sign(strcmp("b", "a")), sign(strcmp("a", "\xff")));
  printf("strncmp %d %d %d\n", sign(strncmp("abcdef", "abcxyz", 3)), sign(strncmp("abcdef", "abcxyz", 4)), sign(strncmp("a", "a", 100)));
  printf("strcasecmp %d %d\n", sign(strcasecmp("HeLLo", "hello")), sign(strncasecmp("ABCd", "abce", 4)));
  const char *s = "hello world, hello";
  printf("strchr %s | %s | %d\n", strchr(s, 'o'), strchr(s, 0) == s + strlen(s) ? "end" : "?", strchr(s, 'z') == NULL);
  printf("strrchr %s\n", strrchr(s, 'o'));
  printf("strstr %s | %s | %d\n", strstr(s, "world"), strstr(s, ""), strstr(s, "worlds") == NULL);
  printf("strspn %zu strcspn %zu strpbrk %s\n", strspn("aabbcd", "ab"), strcspn("hello", "lo"), strpbrk(s, ",w"));
  char tok[] = "  one, two,,three ;four  ";
  for (char *t = strtok(tok, " ,;"); t; t = strtok(NULL, " ,;"))
    printf("tok [%s]\n", t);
  char tok2[] = "a=1&b=2", *save;
  for (char *t = strtok_r(tok2, "&", &save); t; t = strtok_r(NULL, "&", &save))
    printf("tok_r [%s]\n", t);
  char *d = strdup("duplicate");
  show("strdup", d);
  free(d);
  d = strndup("duplicate", 3);
  show("strndup", d);
  free(d);
  /* mem* at every alignment and length */
  unsigned sum = 0;
  for (int i = 0; i < 300; i++)
    big[i] = (char)(i * 7 + 3);
  for (int so = 0; so < 4; so++)
    for (int dof = 0; dof < 4; dof++)
      for (int len = 0; len < 40; len++) {
        memset(big2, 0, sizeof big2);
        memcpy(big2 + dof, big + so, (size_t)len);
        if (memcmp(big2 + dof, big + so, (size_t)len) != 0)
          printf("memcpy FAIL %d %d %d\n", so, dof, len);
        if (big2[dof + len] != 0 || (dof && big2[dof - 1] != 0))
          printf("memcpy overrun %d %d %d\n", so, dof, len);
        sum += (unsigned char)big2[dof + len / 2];
      }
  printf("memcpy sum %u\n", sum);
  int lenbad = 0;
  for (int off = 0; off < 4; off++)
    for (int len = 0; len < 40; len++) {
      for (int i = 0; i < 60; i++)
        big2[i] = (char)(0x80 + i); /* high bytes too: no false zero */
      big2[off + len] = 0;
      lenbad += strlen(big2 + off) != (size_t)len;
    }
  printf("strlen mismatches %d\n", lenbad);
  for (int off = 0; off < 4; off++)
    for (int len = 0; len < 40; len++) {
      memset(big2, 1, 80);
      memset(big2 + off, 0xab, (size_t)len);
      for (int i = 0; i < 80; i++)
        if (big2[i] != ((i >= off && i < off + len) ? (char)0xab : 1))
          printf("memset FAIL %d %d %d\n", off, len, i);
    }
  for (int i = 0; i < 100; i++)
    big[i] = (char)i;
  memmove(big + 10, big, 50);
  printf("memmove up %d %d %d\n", big[10], big[35], big[59]);
  for (int i = 0; i < 100; i++)
    big[i] = (char)i;
  memmove(big + 1, big + 7, 50);
  printf("memmove down %d %d %d\n", big[1], big[20], big[50]);
  for (int i = 0; i < 100; i++)
    big[i] = (char)i;
  memmove(big + 3, big + 1, 30);
  printf("memmove odd %d %d %d\n", big[3], big[10], big[32]);
  printf("memcmp %d %d %d\n", sign(memcmp("abc", "abd", 3)), sign(memcmp("abc", "abd", 2)), sign(memcmp("\x80", "\x01", 1)));
  printf("memchr %s %d\n", (char *)memchr("find me", 'm', 7), memchr("abc", 'z', 3) == NULL);
  printf("strerror %s\n", strerror(0));
  return 0;
}
