/* Lists and sorting: the C counterpart of benches/programs/listsort.py.
   Python's sorted()/list.sort() (Timsort) become qsort() with the same
   ordering; the hand-written merge sort is the same algorithm. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static long *random_ints(long n, long seed) {
    long *out = malloc(n * sizeof *out);
    long state = seed;
    for (long i = 0; i < n; i++) {
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF;
        out[i] = state % 1000000;
    }
    return out;
}

static long min_l(long a, long b) { return a < b ? a : b; }

static long *merge_sort(const long *xs, long n) {
    long *src = malloc(n * sizeof *src);
    long *dst = malloc(n * sizeof *dst);
    memcpy(src, xs, n * sizeof *src);
    for (long width = 1; width < n; width *= 2) {
        for (long lo = 0; lo < n; lo += 2 * width) {
            long mid = min_l(lo + width, n);
            long hi = min_l(lo + 2 * width, n);
            long i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                if (src[i] <= src[j])
                    dst[k++] = src[i++];
                else
                    dst[k++] = src[j++];
            }
            while (i < mid)
                dst[k++] = src[i++];
            while (j < hi)
                dst[k++] = src[j++];
        }
        long *tmp = src;
        src = dst;
        dst = tmp;
    }
    free(dst);
    return src;
}

static int cmp_asc(const void *a, const void *b) {
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

static int cmp_desc(const void *a, const void *b) { return cmp_asc(b, a); }

/* key (x % 10, x) */
static int cmp_last_digit(const void *a, const void *b) {
    long x = *(const long *)a, y = *(const long *)b;
    long kx = x % 10, ky = y % 10;
    if (kx != ky)
        return (kx > ky) - (kx < ky);
    return (x > y) - (x < y);
}

static long checksum(const long *xs, long n) {
    long h = 0;
    for (long i = 0; i < n; i++)
        h = (h * 1000003 + xs[i]) & 0xFFFFFFFFL;
    return h;
}

static long *copy_of(const long *xs, long n) {
    long *c = malloc(n * sizeof *c);
    memcpy(c, xs, n * sizeof *c);
    return c;
}

static const char *py_bool(int b) { return b ? "True" : "False"; }

int main(void) {
    long n = 200000;
    long *xs = random_ints(n, 1);
    long *a = copy_of(xs, n);
    qsort(a, n, sizeof *a, cmp_asc);
    long *b = merge_sort(xs, n);
    printf("sorted %ld merge %ld equal %s\n", checksum(a, n), checksum(b, n),
           py_bool(memcmp(a, b, n * sizeof *a) == 0));
    long *c = copy_of(xs, n);
    qsort(c, n, sizeof *c, cmp_last_digit);
    printf("keyed %ld first %ld last %ld\n", checksum(c, n), c[0], c[n - 1]);
    long *d = copy_of(xs, n);
    qsort(d, n, sizeof *d, cmp_desc);
    for (long i = 0, j = n - 1; i < j; i++, j--) {
        long t = d[i];
        d[i] = d[j];
        d[j] = t;
    }
    printf("reverse %ld %s\n", checksum(d, n), py_bool(memcmp(d, a, n * sizeof *a) == 0));
    free(xs);
    free(a);
    free(b);
    free(c);
    free(d);
    return 0;
}
