// Matrix arithmetic on int and double arrays, passed as pointers and as
// variable-length arrays.
#include <stdio.h>

#define N 12

static void matmul(int n, const int a[n][n], const int b[n][n], int c[n][n]) {
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            int s = 0;
            for (int k = 0; k < n; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
}

static double det(int n, double m[n][n]) {
    double d = 1;
    for (int col = 0; col < n; col++) {
        int piv = col;
        for (int r = col + 1; r < n; r++)
            if ((m[r][col] < 0 ? -m[r][col] : m[r][col]) > (m[piv][col] < 0 ? -m[piv][col] : m[piv][col])) piv = r;
        if (m[piv][col] == 0) return 0;
        if (piv != col) {
            for (int k = 0; k < n; k++) { double t = m[col][k]; m[col][k] = m[piv][k]; m[piv][k] = t; }
            d = -d;
        }
        d *= m[col][col];
        for (int r = col + 1; r < n; r++) {
            double f = m[r][col] / m[col][col];
            for (int k = col; k < n; k++) m[r][k] -= f * m[col][k];
        }
    }
    return d;
}

int a[N][N], b[N][N], c[N][N];

int main(void) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a[i][j] = (i * 7 + j * 3) % 11 - 5;
            b[i][j] = (i == j) * 2 + (i + j) % 3;
        }
    matmul(N, a, b, c);
    int trace = 0;
    for (int i = 0; i < N; i++) trace += c[i][i];
    printf("trace %d corner %d %d\n", trace, c[0][N - 1], c[N - 1][0]);
    double m[4][4] = {{2, -1, 0, 3}, {1, 3, 2, -2}, {0, 1, 4, 1}, {5, 0, -1, 2}};
    printf("det %.6f\n", det(4, m));
    int n = 5;
    double h[n][n];
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) h[i][j] = 1.0 / (i + j + 1);
    printf("hilbert det %.6e\n", det(n, h));
    return trace & 0xff;
}
