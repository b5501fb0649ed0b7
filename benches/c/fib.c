/* Recursive Fibonacci: the C counterpart of benches/programs/fib.py. */
#include <stdio.h>

static long fib(long n) {
    if (n < 2)
        return n;
    return fib(n - 1) + fib(n - 2);
}

int main(void) {
    long n = 32;
    long total = 0;
    for (long k = 0; k < 3; k++) {
        long f = fib(n - k);
        printf("fib(%ld) = %ld\n", n - k, f);
        total += f;
    }
    printf("checksum %ld\n", total);
    return 0;
}
