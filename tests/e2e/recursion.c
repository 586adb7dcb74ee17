// Recursion: Ackermann, Towers of Hanoi, mutual recursion, permutations.
#include <stdio.h>

static int ack(int m, int n) {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

static int moves;
static void hanoi(int n, int from, int to, int via) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    moves++;
    if (n == 6) printf("move disk %d from %d to %d\n", n, from, to);
    hanoi(n - 1, via, to, from);
}

static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }

static int perms;
static void permute(char *s, int k, int n) {
    if (k == n) { if (perms++ < 4) printf("%s\n", s); return; }
    for (int i = k; i < n; i++) {
        char t = s[k]; s[k] = s[i]; s[i] = t;
        permute(s, k + 1, n);
        t = s[k]; s[k] = s[i]; s[i] = t;
    }
}

int main(void) {
    printf("ack(2, 3) = %d\n", ack(2, 3));
    printf("ack(3, 3) = %d\n", ack(3, 3));
    hanoi(8, 1, 3, 2);
    printf("hanoi moves %d\n", moves);
    printf("even(101) %d odd(101) %d\n", is_even(101), is_odd(101));
    char s[] = "abcde";
    permute(s, 0, 5);
    printf("perms %d\n", perms);
    return 42;
}
