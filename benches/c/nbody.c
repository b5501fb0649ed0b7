/* The n-body simulation: the C counterpart of benches/programs/nbody.py.
   `** 0.5` and `** -1.5` are pow() calls, as CPython computes them, so the
   printed energies are the same. */
#include <math.h>
#include <stdio.h>

#define PI 3.14159265358979323
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define NBODIES 5

/* Each body: x, y, z, vx, vy, vz, mass. */
static double bodies[NBODIES][7];

static void make_bodies(void) {
    double init[NBODIES][7] = {
        {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS},
        {4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01,
         1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
         -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS},
        {8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01,
         -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
         2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS},
        {1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01,
         2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
         -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS},
        {1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01,
         2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
         -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS},
    };
    for (int i = 0; i < NBODIES; i++)
        for (int k = 0; k < 7; k++)
            bodies[i][k] = init[i][k];
}

static void offset_momentum(void) {
    double px = 0.0, py = 0.0, pz = 0.0;
    for (int i = 0; i < NBODIES; i++) {
        double *b = bodies[i];
        double m = b[6];
        px -= b[3] * m;
        py -= b[4] * m;
        pz -= b[5] * m;
    }
    bodies[0][3] = px / SOLAR_MASS;
    bodies[0][4] = py / SOLAR_MASS;
    bodies[0][5] = pz / SOLAR_MASS;
}

static double energy(void) {
    double e = 0.0;
    for (int i = 0; i < NBODIES; i++) {
        double *b1 = bodies[i];
        e += 0.5 * b1[6] * (b1[3] * b1[3] + b1[4] * b1[4] + b1[5] * b1[5]);
        for (int j = i + 1; j < NBODIES; j++) {
            double *b2 = bodies[j];
            double dx = b1[0] - b2[0];
            double dy = b1[1] - b2[1];
            double dz = b1[2] - b2[2];
            e -= (b1[6] * b2[6]) / pow(dx * dx + dy * dy + dz * dz, 0.5);
        }
    }
    return e;
}

static void advance(double dt, long steps) {
    double *p1[NBODIES * NBODIES], *p2[NBODIES * NBODIES];
    int npairs = 0;
    for (int i = 0; i < NBODIES; i++)
        for (int j = i + 1; j < NBODIES; j++) {
            p1[npairs] = bodies[i];
            p2[npairs] = bodies[j];
            npairs++;
        }
    for (long s = 0; s < steps; s++) {
        for (int p = 0; p < npairs; p++) {
            double *b1 = p1[p], *b2 = p2[p];
            double dx = b1[0] - b2[0];
            double dy = b1[1] - b2[1];
            double dz = b1[2] - b2[2];
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = dt * pow(d2, -1.5);
            double m1 = b1[6] * mag;
            double m2 = b2[6] * mag;
            b1[3] = b1[3] - dx * m2;
            b1[4] = b1[4] - dy * m2;
            b1[5] = b1[5] - dz * m2;
            b2[3] = b2[3] + dx * m1;
            b2[4] = b2[4] + dy * m1;
            b2[5] = b2[5] + dz * m1;
        }
        for (int i = 0; i < NBODIES; i++) {
            double *b = bodies[i];
            b[0] = b[0] + dt * b[3];
            b[1] = b[1] + dt * b[4];
            b[2] = b[2] + dt * b[5];
        }
    }
}

int main(void) {
    long steps = 250000;
    make_bodies();
    offset_momentum();
    printf("%.9f\n", energy());
    advance(0.01, steps);
    printf("%.9f\n", energy());
    return 0;
}
