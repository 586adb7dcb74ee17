// Sieve of Eratosthenes up to 10000: prints the count and the last primes.
#include <stdio.h>
#include <string.h>

#define N 10000
static char composite[N + 1];

int main(void) {
    memset(composite, 0, sizeof composite);
    int count = 0, last[10] = {0};
    for (int i = 2; i <= N; i++) {
        if (composite[i]) continue;
        last[count % 10] = i;
        count++;
        for (int j = i * i; j <= N; j += i) composite[j] = 1;
    }
    printf("%d primes below %d\n", count, N);
    for (int k = 0; k < 10; k++) printf("%d%c", last[(count + k) % 10], k == 9 ? '\n' : ' ');
    return count % 256;
}
