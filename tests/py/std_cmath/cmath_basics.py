# The cmath functions programs use: roots of a quadratic, polar form,
# Euler's identity, logs with a base, predicates and isclose.
import cmath
import math

def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)

print(roots(1, 2, 5))
print(roots(1, -3, 2))
print(roots(2, 0, 8))

z = 3 + 4j
r, phi = cmath.polar(z)
print(r, phi, cmath.rect(r, phi))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.phase(1j))
print(cmath.exp(1j * cmath.pi), cmath.exp(1j * cmath.pi) + 1)
print(cmath.log(8, 2), cmath.log(-1), cmath.log(1j, 10), cmath.log10(1000))
print(cmath.sqrt(-1), cmath.sqrt(2), cmath.sqrt(-4 + 0j), cmath.sqrt(complex(-4, -0.0)))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(1, math.inf)), cmath.isnan(complex(math.nan, 0)))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, rel_tol=0.2))
print(cmath.isclose(0, 1e-12, abs_tol=1e-9), cmath.isclose(a=1j, b=1j))

# ints, floats and objects with __complex__ / __float__ / __index__
class C:
    def __complex__(self):
        return 2 + 2j

class F:
    def __float__(self):
        return 0.25

class I:
    def __index__(self):
        return 9

print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.sqrt(I()), cmath.sqrt(True), cmath.exp(0))
for f in (cmath.acos, cmath.asin, cmath.atan, cmath.acosh, cmath.asinh, cmath.atanh):
    print(f.__name__, f(0.5), f(2), f(-3 + 1j))

def attempt(thunk):
    try:
        print(thunk())
    except Exception as e:
        print(type(e).__name__ + ":", e)

attempt(lambda: cmath.log(0))
attempt(lambda: cmath.log(0, 2))
attempt(lambda: cmath.log(5, 1))
attempt(lambda: cmath.log(5, 0))
attempt(lambda: cmath.atanh(1))
attempt(lambda: cmath.exp(1000))
attempt(lambda: cmath.cosh(800 + 1j))
attempt(lambda: cmath.sqrt("x"))
attempt(lambda: cmath.sqrt(10 ** 400))
attempt(lambda: cmath.sqrt())
attempt(lambda: cmath.sqrt(1, 2))
attempt(lambda: cmath.rect(1))
attempt(lambda: cmath.log())
attempt(lambda: cmath.log(1, 2, 3))
attempt(lambda: cmath.isclose(1, 2, 3))
attempt(lambda: cmath.isclose(1, 2, rel_tol=-1))
attempt(lambda: cmath.exp(complex(1, math.inf)))
attempt(lambda: cmath.rect(2, math.inf))
attempt(lambda: cmath.polar(complex(1e308, 1e308)))
print(cmath.sqrt.__name__, type(cmath.sqrt(4)).__name__)
