/* fannkuch-redux: the C counterpart of benches/programs/fannkuch.py. */
#include <stdio.h>

#define MAXN 16

static void fannkuch(int n, long *checksum_out, long *max_flips_out) {
    int perm1[MAXN], perm[MAXN], count[MAXN];
    for (int i = 0; i < n; i++) {
        perm1[i] = i;
        perm[i] = 0;
        count[i] = 0;
    }
    long max_flips = 0, checksum = 0, perm_count = 0;
    int r = n;
    for (;;) {
        while (r != 1) {
            count[r - 1] = r;
            r -= 1;
        }
        for (int i = 0; i < n; i++)
            perm[i] = perm1[i];
        long flips = 0;
        int k = perm[0];
        while (k != 0) {
            int i = 0, j = k;
            while (i < j) {
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
                i += 1;
                j -= 1;
            }
            flips += 1;
            k = perm[0];
        }
        if (flips > max_flips)
            max_flips = flips;
        if (perm_count % 2 == 0)
            checksum += flips;
        else
            checksum -= flips;
        for (;;) {
            if (r == n) {
                *checksum_out = checksum;
                *max_flips_out = max_flips;
                return;
            }
            int first = perm1[0];
            int i = 0;
            while (i < r) {
                perm1[i] = perm1[i + 1];
                i += 1;
            }
            perm1[r] = first;
            count[r] = count[r] - 1;
            if (count[r] > 0)
                break;
            r += 1;
        }
        perm_count += 1;
    }
}

int main(void) {
    int n = 9;
    long checksum, max_flips;
    fannkuch(n, &checksum, &max_flips);
    printf("%ld\n", checksum);
    printf("Pfannkuchen(%d) = %ld\n", n, max_flips);
    return 0;
}
