// A string-keyed hash table with chaining over malloc, word counting,
// and sorting the result with qsort.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry { char *key; int count; struct entry *next; };

#define BUCKETS 64
static struct entry *table[BUCKETS];
static int distinct;

static unsigned hash(const char *s) {
    unsigned h = 5381;
    while (*s) h = h * 33 + (unsigned char)*s++;
    return h;
}

static void add(const char *word) {
    unsigned b = hash(word) % BUCKETS;
    for (struct entry *e = table[b]; e; e = e->next)
        if (strcmp(e->key, word) == 0) { e->count++; return; }
    struct entry *e = malloc(sizeof *e);
    e->key = malloc(strlen(word) + 1);
    strcpy(e->key, word);
    e->count = 1;
    e->next = table[b];
    table[b] = e;
    distinct++;
}

static int by_count(const void *x, const void *y) {
    const struct entry *a = *(struct entry *const *)x, *b = *(struct entry *const *)y;
    if (a->count != b->count) return b->count - a->count;
    return strcmp(a->key, b->key);
}

static const char text[] =
    "it was the best of times it was the worst of times it was the age of wisdom "
    "it was the age of foolishness it was the epoch of belief it was the epoch of "
    "incredulity it was the season of light it was the season of darkness";

int main(void) {
    char word[32];
    int len = 0, words = 0;
    for (const char *p = text;; p++) {
        if (*p == ' ' || *p == 0) {
            if (len) { word[len] = 0; add(word); words++; len = 0; }
            if (!*p) break;
        } else if (len < 31) {
            word[len++] = *p;
        }
    }
    struct entry **all = malloc(distinct * sizeof *all);
    int k = 0;
    for (int b = 0; b < BUCKETS; b++)
        for (struct entry *e = table[b]; e; e = e->next) all[k++] = e;
    qsort(all, distinct, sizeof *all, by_count);
    printf("%d words, %d distinct\n", words, distinct);
    for (int i = 0; i < 8; i++) printf("%-12s %d\n", all[i]->key, all[i]->count);
    for (int i = 0; i < distinct; i++) { free(all[i]->key); free(all[i]); }
    free(all);
    return distinct;
}
