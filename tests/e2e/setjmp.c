// setjmp/longjmp: error unwinding out of deep recursion.
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;
static int depth_reached;

static void dive(int depth) {
    depth_reached = depth;
    if (depth == 25) longjmp(env, depth);
    dive(depth + 1);
    printf("never printed\n");
}

int main(void) {
    volatile int attempts = 0;
    int r = setjmp(env);
    attempts++;
    if (r == 0) {
        printf("first pass\n");
        dive(0);
    }
    printf("longjmp returned %d after depth %d (attempts %d)\n", r, depth_reached, attempts);
    jmp_buf again;
    if (setjmp(again) == 0) {
        printf("second setjmp\n");
        longjmp(again, 0);
    }
    printf("longjmp(0) gives 1\n");
    return r;
}
