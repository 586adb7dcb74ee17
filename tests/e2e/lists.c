// malloc-heavy linked lists and a growable array: insert, reverse, free, realloc.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct node { int value; struct node *next; };

static struct node *push(struct node *head, int v) {
    struct node *n = malloc(sizeof *n);
    if (!n) { puts("out of memory"); exit(3); }
    n->value = v;
    n->next = head;
    return n;
}

static struct node *reverse(struct node *h) {
    struct node *prev = NULL;
    while (h) { struct node *next = h->next; h->next = prev; prev = h; h = next; }
    return prev;
}

int main(void) {
    long long total = 0;
    for (int round = 0; round < 20; round++) {
        struct node *list = NULL;
        for (int i = 0; i < 200; i++) list = push(list, i * round);
        list = reverse(list);
        int first = list->value;
        while (list) { struct node *n = list->next; total += list->value; free(list); list = n; }
        if (round % 5 == 0) printf("round %d first %d\n", round, first);
    }
    printf("total %lld\n", total);
    int cap = 1, len = 0;
    int *v = malloc(cap * sizeof *v);
    for (int i = 0; i < 1000; i++) {
        if (len == cap) { cap *= 2; v = realloc(v, cap * sizeof *v); if (!v) return 4; }
        v[len++] = i;
    }
    int s = 0;
    for (int i = 0; i < len; i++) s += v[i];
    printf("vector len %d cap %d sum %d\n", len, cap, s);
    free(v);
    char *z = calloc(64, 1);
    int zero = 1;
    for (int i = 0; i < 64; i++) zero &= z[i] == 0;
    strcpy(z, "calloc ok");
    printf("%s %d\n", z, zero);
    free(z);
    return 0;
}
