/* N-queens by backtracking: the C counterpart of benches/programs/nqueens.py. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

static long place(int row, int n, bool *cols, bool *diag1, bool *diag2) {
    if (row == n)
        return 1;
    long count = 0;
    for (int c = 0; c < n; c++) {
        int d1 = row + c;
        int d2 = row - c + n - 1;
        if (!cols[c] && !diag1[d1] && !diag2[d2]) {
            cols[c] = true;
            diag1[d1] = true;
            diag2[d2] = true;
            count += place(row + 1, n, cols, diag1, diag2);
            cols[c] = false;
            diag1[d1] = false;
            diag2[d2] = false;
        }
    }
    return count;
}

static long queens(int n) {
    bool *cols = calloc(n, sizeof(bool));
    bool *diag1 = calloc(2 * n - 1, sizeof(bool));
    bool *diag2 = calloc(2 * n - 1, sizeof(bool));
    long s = place(0, n, cols, diag1, diag2);
    free(cols);
    free(diag1);
    free(diag2);
    return s;
}

int main(void) {
    long total = 0;
    for (int n = 4; n < 13; n++) {
        long s = queens(n);
        printf("queens(%d) = %ld\n", n, s);
        total += s;
    }
    printf("checksum %ld\n", total);
    return 0;
}
