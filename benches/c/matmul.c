/* Dense matrix multiply: the C counterpart of benches/programs/matmul.py
   (row-major arrays of doubles, the same i-k-j loop order, so the same sums). */
#include <stdio.h>
#include <stdlib.h>

static double *make_matrix(long n, long seed) {
    double *m = malloc(n * n * sizeof *m);
    long state = seed;
    for (long i = 0; i < n; i++)
        for (long j = 0; j < n; j++) {
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF;
            m[i * n + j] = (double)(state % 1000) / 500.0 - 1.0;
        }
    return m;
}

static double *matmul(const double *a, const double *b, long n) {
    double *c = malloc(n * n * sizeof *c);
    for (long i = 0; i < n; i++) {
        const double *ai = a + i * n;
        double *row = c + i * n;
        for (long j = 0; j < n; j++)
            row[j] = 0.0;
        for (long k = 0; k < n; k++) {
            double aik = ai[k];
            const double *bk = b + k * n;
            for (long j = 0; j < n; j++)
                row[j] = row[j] + aik * bk[j];
        }
    }
    return c;
}

int main(void) {
    long n = 120;
    double *a = make_matrix(n, 1);
    double *b = make_matrix(n, 2);
    double *c = matmul(a, b, n);
    for (int r = 0; r < 9; r++) {
        double *d = matmul(c, b, n);
        free(c);
        c = d;
    }
    double tr = 0.0, total = 0.0;
    for (long i = 0; i < n; i++) {
        tr += c[i * n + i];
        for (long j = 0; j < n; j++)
            total += c[i * n + j];
    }
    printf("trace %.9f\n", tr);
    printf("sum %.9f\n", total);
    free(a);
    free(b);
    free(c);
    return 0;
}
