/* Integer matrix product. */
#include <stdio.h>
#ifndef N
#define N 200
#endif
static int A[N][N], B[N][N], C[N][N];
int main(void) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      A[i][j] = (i * 7 + j * 3) % 17 - 8;
      B[i][j] = (i * 5 + j * 11) % 13 - 6;
    }
  for (int i = 0; i < N; i++)
    for (int k = 0; k < N; k++) {
      int a = A[i][k];
      for (int j = 0; j < N; j++)
        C[i][j] += a * B[k][j];
    }
  unsigned sum = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      sum = sum * 31 + (unsigned)C[i][j];
  printf("matmul: %08x\n", sum);
  return 0;
}
