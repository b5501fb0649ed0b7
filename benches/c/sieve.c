/* Sieve of Eratosthenes: the C counterpart of benches/programs/sieve.py
   (a fresh array of bools per round, as the Python allocates a new list). */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>

static bool *sieve(long limit) {
    bool *is_prime = malloc(limit + 1);
    for (long k = 0; k <= limit; k++)
        is_prime[k] = true;
    is_prime[0] = false;
    is_prime[1] = false;
    long i = 2;
    while (i * i <= limit) {
        if (is_prime[i]) {
            long j = i * i;
            while (j <= limit) {
                is_prime[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    return is_prime;
}

int main(void) {
    long limit = 2000000;
    for (long r = 0; r < 3; r++) {
        long n = limit + r;
        bool *flags = sieve(n);
        long count = 0, total = 0, last = 0;
        for (long k = 0; k <= n; k++) {
            if (flags[k]) {
                count += 1;
                total += k;
                last = k;
            }
        }
        free(flags);
        printf("primes <= %ld: %ld, sum %ld, largest %ld\n", n, count, total, last);
    }
    return 0;
}
