# Seeded samples from betavariate, gammavariate, lognormvariate, vonmises, paretovariate.
import random

r = random.Random(2718)
print(r.betavariate(2, 5), r.gammavariate(2.0, 1.5), r.lognormvariate(0, 0.5))
print(r.vonmisesvariate(0, 4), r.paretovariate(3), r.weibullvariate(1, 1.5))
print(r.expovariate(0.5), r.triangular(), r.triangular(1, 2))
vals = [r.uniform(-1, 1) for _ in range(1000)]
print(round(sum(vals), 10), round(min(vals), 10), round(max(vals), 10))
bins = [0] * 5
for _ in range(5000):
    bins[min(int(r.expovariate(1.0)), 4)] += 1
print(bins)
print([r.randbytes(4) for _ in range(2)])
