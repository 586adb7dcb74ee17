// Dense switches (jump tables), sparse switches and function-pointer tables.
#include <stdio.h>

static const char *day(int d) {
    switch (d) {
    case 0: return "sun";
    case 1: return "mon";
    case 2: return "tue";
    case 3: return "wed";
    case 4: return "thu";
    case 5: return "fri";
    case 6: return "sat";
    default: return "???";
    }
}

static int sparse(int x) {
    switch (x) {
    case 1: return 10;
    case 100: return 20;
    case 1000: return 30;
    case -7: return 40;
    case 65536: return 50;
    default: return 0;
    }
}

static int interp(const char *prog) {
    int acc = 0;
    for (; *prog; prog++) {
        switch (*prog) {
        case '+': acc++; break;
        case '-': acc--; break;
        case 'd': acc *= 2; break;
        case 's': acc = acc * acc; break;
        case 'h': acc /= 2; break;
        case 'z': acc = 0; break;
        case 'n': acc = -acc; break;
        case 'o': printf("acc = %d\n", acc); break;
        default: break;
        }
    }
    return acc;
}

static int add1(int x) { return x + 1; }
static int dbl(int x) { return x * 2; }
static int sq(int x) { return x * x; }
static int (*const ops[])(int) = {add1, dbl, sq};

int main(void) {
    for (int d = -1; d < 8; d++) printf("%s ", day(d));
    printf("\n");
    int s = 0;
    int keys[] = {1, 2, 100, 1000, -7, 65536, 5};
    for (int i = 0; i < 7; i++) s += sparse(keys[i]);
    printf("sparse sum %d\n", s);
    int r = interp("+++dso-hnozs++o");
    int v = 3;
    for (int i = 0; i < 6; i++) v = ops[i % 3](v);
    printf("ops %d\n", v);
    return r;
}
