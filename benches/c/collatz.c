/* Longest Collatz chain: the C counterpart of benches/programs/collatz.py. */
#include <stdio.h>
#include <stdlib.h>

static void longest_chain(long limit, long *best_start_out, long *best_out) {
    long *lengths = calloc(limit, sizeof *lengths);
    lengths[1] = 1;
    long best = 1, best_start = 1;
    long n = 2;
    while (n < limit) {
        long x = n;
        long steps = 0;
        while (x >= n) {
            if (x % 2 == 0)
                x = x / 2;
            else
                x = 3 * x + 1;
            steps += 1;
        }
        long length = steps + lengths[x];
        lengths[n] = length;
        if (length > best) {
            best = length;
            best_start = n;
        }
        n += 1;
    }
    free(lengths);
    *best_start_out = best_start;
    *best_out = best;
}

static long chain_sum(long limit) {
    long total = 0;
    for (long n = 1; n < limit; n++) {
        long x = n;
        long length = 1;
        while (x != 1) {
            if ((x & 1) == 0)
                x = x >> 1;
            else
                x = 3 * x + 1;
            length += 1;
        }
        total += length;
    }
    return total;
}

int main(void) {
    long start, length;
    longest_chain(1000000, &start, &length);
    printf("longest below 1000000: %ld (%ld terms)\n", start, length);
    printf("sum of lengths below 20000: %ld\n", chain_sum(20000));
    return 0;
}
