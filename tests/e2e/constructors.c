// .init_array / .fini_array (constructors with priorities, destructors),
// atexit handlers, and exit() from a nested call.
#include <stdio.h>
#include <stdlib.h>

static int order[8];
static int n;

__attribute__((constructor(200))) static void second(void) { order[n++] = 2; printf("constructor 200\n"); }
__attribute__((constructor(101))) static void first(void) { order[n++] = 1; printf("constructor 101\n"); }
__attribute__((constructor)) static void last(void) { order[n++] = 3; printf("constructor (default)\n"); }
__attribute__((destructor)) static void goodbye(void) { printf("destructor\n"); }

static void handler1(void) { printf("atexit 1\n"); }
static void handler2(void) { printf("atexit 2\n"); }

static const char *const names[] = {"zero", "one", "two", "three"};
static void (*const handlers[])(void) = {handler1, handler2};

static void nested(int depth) {
    if (depth == 3) {
        printf("exiting from depth %d\n", depth);
        exit(5);
    }
    nested(depth + 1);
}

int main(void) {
    for (int i = 0; i < n; i++) printf("ran %s\n", names[order[i]]);
    atexit(handlers[0]);
    atexit(handlers[1]);
    nested(0);
    printf("not reached\n");
    return 0;
}
