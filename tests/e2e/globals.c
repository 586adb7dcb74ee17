// Initialised data that the linker relocates: pointers to globals (with
// offsets), function pointers in writable tables, strings shared between
// tables, static locals, zero-initialised arrays, and const lookup tables.
#include <stdio.h>
#include <string.h>

int numbers[8] = {10, 20, 30, 40, 50, 60, 70, 80};
int *middle = &numbers[4];
int *const last = numbers + 7;
const char *words[] = {"alpha", "beta", "gamma", "delta"};
const char *const *second_word = &words[1];
char buffer[64];
char *cursor = buffer + 3;

struct op { const char *name; int (*fn)(int, int); };
static int add(int a, int b) { return a + b; }
static int sub(int a, int b) { return a - b; }
static int mul(int a, int b) { return a * b; }
struct op ops[] = {{"add", add}, {"sub", sub}, {"mul", mul}};

struct node { int value; struct node *next; };
struct node n3 = {3, 0};
struct node n2 = {2, &n3};
struct node n1 = {1, &n2};

static const unsigned char squares[16] = {0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225};

static int counter(void) {
    static int calls;
    static int history[4];
    history[calls % 4] = calls;
    return ++calls + history[0];
}

int main(void) {
    printf("middle %d last %d diff %d\n", *middle, *last, (int)(last - middle));
    middle[1] = 99;
    printf("numbers[5] %d\n", numbers[5]);
    printf("second word %s, %c\n", *second_word, second_word[1][0]);
    strcpy(cursor, "xyz");
    printf("buffer+3 %s, buffer[0] %d\n", buffer + 3, buffer[0]);
    for (unsigned i = 0; i < sizeof ops / sizeof ops[0]; i++) printf("%s(7, 5) = %d\n", ops[i].name, ops[i].fn(7, 5));
    ops[0].fn = mul;
    printf("patched add(7, 5) = %d\n", ops[0].fn(7, 5));
    int sum = 0;
    for (struct node *n = &n1; n; n = n->next) sum += n->value;
    printf("list sum %d\n", sum);
    int sq = 0;
    for (int i = 0; i < 16; i++) sq += squares[i];
    printf("squares sum %d\n", sq);
    int c = 0;
    for (int i = 0; i < 5; i++) c = counter();
    printf("counter %d\n", c);
    printf("same string literal: %d\n", words[0] == words[0]);
    return sum + sq % 100;
}
