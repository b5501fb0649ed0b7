/* Mandelbrot membership: the C counterpart of benches/programs/mandelbrot.py. */
#include <stdio.h>

static long escapes(double cr, double ci, long limit) {
    double zr = 0.0, zi = 0.0;
    for (long k = 0; k < limit; k++) {
        double tr = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = tr;
        if (zr * zr + zi * zi > 4.0)
            return k;
    }
    return limit;
}

int main(void) {
    long size = 350, limit = 150;
    long inside = 0, iterations = 0;
    for (long y = 0; y < size; y++) {
        double ci = 2.0 * y / size - 1.0;
        for (long x = 0; x < size; x++) {
            double cr = 2.0 * x / size - 1.5;
            long k = escapes(cr, ci, limit);
            iterations += k;
            if (k == limit)
                inside += 1;
        }
    }
    printf("inside %ld, iterations %ld\n", inside, iterations);
    return 0;
}
