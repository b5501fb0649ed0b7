/* Tight integer loops: the C counterpart of benches/programs/intloop.py. */
#include <stdio.h>

static long collatz_steps(long limit) {
    long total = 0;
    long n = 1;
    while (n < limit) {
        long x = n;
        while (x != 1) {
            if (x % 2 == 0)
                x = x / 2;
            else
                x = 3 * x + 1;
            total += 1;
        }
        n += 1;
    }
    return total;
}

static long mix(long n) {
    long acc = 0;
    for (long i = 0; i < n; i++) {
        /* acc may be negative here (after `acc -= i`); & of a two's-complement
           int64 gives what Python's & gives on an unbounded int. */
        acc = (acc * 31 + (i ^ (i >> 3))) & 0xFFFFFFFFL;
        if (acc % 7 == 3) /* acc >= 0 here, so C's % agrees with Python's */
            acc -= i;
    }
    return acc;
}

static long gcd_sum(long n) {
    long total = 0;
    for (long a = 1; a < n; a++) {
        long b = (a * 7919) % n + 1;
        long x = a;
        while (b != 0) {
            long t = x % b;
            x = b;
            b = t;
        }
        total += x;
    }
    return total;
}

int main(void) {
    printf("collatz %ld\n", collatz_steps(60000));
    printf("mix %ld\n", mix(2000000));
    printf("gcd %ld\n", gcd_sum(300000));
    return 0;
}
