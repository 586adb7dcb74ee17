/* Sieve of Eratosthenes over a byte array. */
#include <stdio.h>
#include <string.h>
#ifndef N
#define N 20000000u
#endif
static unsigned char composite[N + 1];
int main(void) {
  for (unsigned i = 2; i * i <= N; i++)
    if (!composite[i])
      for (unsigned j = i * i; j <= N; j += i)
        composite[j] = 1;
  unsigned count = 0, sum = 0;
  for (unsigned i = 2; i <= N; i++)
    if (!composite[i]) {
      count++;
      sum = sum * 7 + i;
    }
  printf("sieve: %u primes, checksum %08x\n", count, sum);
  return 0;
}
