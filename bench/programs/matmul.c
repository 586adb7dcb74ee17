/* Integer matrix multiply, row-major, i-k-j order. */
#include <stdio.h>

#define N 40
static int A[N][N], B[N][N], C[N][N];

int main(void) {
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++) {
      A[i][j] = (i * 7 + j * 3) % 17 - 8;
      B[i][j] = (i * 5 + j * 11) % 13 - 6;
      C[i][j] = 0;
    }
  for (int rep = 0; rep < 2; rep++)
    for (int i = 0; i < N; i++)
      for (int k = 0; k < N; k++) {
        int aik = A[i][k];
        for (int j = 0; j < N; j++)
          C[i][j] += aik * B[k][j];
      }
  unsigned sum = 0;
  for (int i = 0; i < N; i++)
    for (int j = 0; j < N; j++)
      sum = sum * 17 + (unsigned)C[i][j];
  printf("matmul checksum: %08x trace %d\n", sum, C[0][0] + C[N - 1][N - 1]);
  return 0;
}
