// string.h and ctype.h: copying, comparing, searching, tokenising.
#include <ctype.h>
#include <stdio.h>
#include <string.h>

static void reverse(char *s) {
    size_t n = strlen(s);
    for (size_t i = 0; i < n / 2; i++) { char t = s[i]; s[i] = s[n - 1 - i]; s[n - 1 - i] = t; }
}

int main(void) {
    char buf[128];
    strcpy(buf, "Hello");
    strcat(buf, ", Valida world");
    printf("%s (%u chars)\n", buf, (unsigned)strlen(buf));
    printf("cmp: %d %d %d\n", strcmp("abc", "abd") < 0, strcmp("b", "a") > 0, strcmp("same", "same"));
    printf("ncmp: %d\n", strncmp("prefix-one", "prefix-two", 7));
    const char *w = strstr(buf, "Valida");
    printf("strstr: %s\n", w ? w : "(null)");
    printf("strchr: %s\n", strchr(buf, ','));
    printf("strrchr: %s\n", strrchr(buf, 'o'));
    reverse(buf);
    printf("reversed: %s\n", buf);
    int upper = 0, alpha = 0, space = 0;
    for (const char *p = "The Quick Brown Fox 123"; *p; p++) {
        upper += isupper((unsigned char)*p) != 0;
        alpha += isalpha((unsigned char)*p) != 0;
        space += isspace((unsigned char)*p) != 0;
    }
    printf("upper %d alpha %d space %d\n", upper, alpha, space);
    char line[] = "alpha,beta,,gamma";
    int fields = 0;
    for (char *tok = strtok(line, ","); tok; tok = strtok(NULL, ",")) printf("field %d: %s\n", ++fields, tok);
    char dst[16];
    memset(dst, 'x', sizeof dst);
    memcpy(dst, "abcdef", 7);
    memmove(dst + 2, dst, 4);
    printf("memmove: %s\n", dst);
    printf("toupper: %c%c%c\n", toupper('a'), toupper('Z'), tolower('Q'));
    return fields;
}
