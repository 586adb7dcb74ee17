/* random/srandom share glibc's rand generator; the drand48 family follows
 * POSIX's 48-bit congruential generator, so the numbers match a native
 * build bit for bit. (One call per statement: argument order is unspecified.) */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
  long a = random();
  printf("random: %ld", a);
  printf(" %ld\n", random());
  srandom(7);
  a = random();
  printf("srandom(7): %ld", a);
  printf(" %ld\n", random());
  srand(7);
  printf("srand(7): %d\n", rand());
  printf("unseeded drand48 %a", drand48());
  printf(" lrand48 %ld", lrand48());
  printf(" mrand48 %ld\n", mrand48());
  srand48(12345);
  for (int i = 0; i < 3; i++) {
    printf("%a", drand48());
    printf(" %ld", lrand48());
    printf(" %ld\n", mrand48());
  }
  unsigned short s[3] = {1, 2, 3};
  unsigned short *old = seed48(s);
  printf("seed48 old %u %u %u\n", old[0], old[1], old[2]);
  printf("after seed48 %ld\n", lrand48());
  unsigned short x[3] = {0x1234, 0x5678, 0x9abc};
  printf("erand48 %a", erand48(x));
  printf(" nrand48 %ld", nrand48(x));
  printf(" jrand48 %ld\n", jrand48(x));
  printf("state %u %u %u\n", x[0], x[1], x[2]);
  unsigned short p[7] = {1, 0, 0, 5, 0, 0, 3};
  lcong48(p);
  printf("lcong48 %ld", lrand48());
  printf(" %ld\n", lrand48());
  double sum = 0;
  srand48(1);
  for (int i = 0; i < 10000; i++)
    sum += drand48();
  printf("mean %.6f\n", sum / 10000);
  return 0;
}
