# Solving quadratics and finding roots of unity with cmath.
import cmath
import math


def quadratic(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


def fmt(z):
    return f"{z.real:+.4f}{z.imag:+.4f}j"


for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 0, -2)]:
    print(coeffs, [fmt(z) for z in quadratic(*coeffs)])


def roots_of_unity(n):
    return [cmath.rect(1, 2 * math.pi * k / n) for k in range(n)]


for n in [2, 3, 4, 6]:
    rs = roots_of_unity(n)
    print(n, [fmt(z) for z in rs], fmt(sum(rs)), all(cmath.isclose(z ** n, 1) for z in rs))
mods = [abs(z) for z in roots_of_unity(8)]
print(all(math.isclose(m, 1) for m in mods))
print([round(math.degrees(cmath.phase(z))) for z in roots_of_unity(8)])
