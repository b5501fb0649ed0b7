# sqrt, isqrt, pow, exp, log with bases, log2/log10, and their domain errors.
import math

print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.isqrt(10**40), math.isqrt(0))
print(math.pow(2, 10), math.pow(2, -1), math.pow(0, 0), 2 ** 0.5 == math.sqrt(2))
print(math.exp(0), math.exp(1) == math.e, math.expm1(1e-10), math.log1p(1e-10))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(1024), math.log10(0.001))
print(math.log(2**1000), math.log2(2**1000), math.log10(10**50))
print(math.cbrt(27), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.dist((0, 0), (3, 4)), math.dist([1, 1, 1], [2, 2, 2]))

cases = [
    (math.sqrt, (-1,)),
    (math.log, (0,)),
    (math.log, (-2,)),
    (math.log, (10, 1)),
    (math.isqrt, (-4,)),
    (math.exp, (1000,)),
    (math.pow, (10.0, 400)),
    (math.pow, (0, -1)),
    (math.isqrt, (2.0,)),
]
for f, args in cases:
    try:
        print(f.__name__, args, f(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(f.__name__, args, type(e).__name__, e)
print(math.sqrt(float("inf")), math.exp(-1000), math.log(float("inf")))
print(math.isnan(math.sqrt(float("nan"))))
