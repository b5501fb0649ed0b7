# Hot loops calling math functions: Newton's method, Simpson's rule, series.
import math


def newton_sqrt(a, tol=1e-15):
    x = a if a > 1 else 1.0
    steps = 0
    while abs(x * x - a) > tol * a:
        x = (x + a / x) / 2
        steps += 1
    return x, steps


def simpson(f, a, b, n=1000):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3


def leibniz_pi(terms):
    total = 0.0
    for k in range(terms):
        total += (-1) ** k / (2 * k + 1)
    return 4 * total


def exp_series(x, terms=30):
    return math.fsum(x ** k / math.factorial(k) for k in range(terms))


for a in [2, 10, 12345.678, 0.25]:
    r, steps = newton_sqrt(a)
    print(a, round(r, 12), math.isclose(r, math.sqrt(a)), steps)
print(round(simpson(math.sin, 0, math.pi), 10))
print(round(simpson(lambda t: math.exp(-t * t), -6, 6) ** 2, 10), round(math.pi, 10))
print(round(simpson(math.log, 1, math.e), 10))
print(round(leibniz_pi(20000), 6))
for x in [0, 1, -1, 2.5]:
    print(x, math.isclose(exp_series(x), math.exp(x), rel_tol=1e-14))
primes = [n for n in range(2, 200) if all(n % d for d in range(2, math.isqrt(n) + 1))]
print(len(primes), primes[-5:], math.prod(primes[:10]))
acc = 0
for i in range(1, 3000):
    acc += math.gcd(i, 360)
print(acc)
