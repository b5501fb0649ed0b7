# cmath trigonometric/hyperbolic functions agree with math on the real axis.
import cmath
import math


def r(z, n=12):
    return complex(round(z.real, n), round(z.imag, n))


for x in [0.0, 0.5, 1.0]:
    print(x, r(cmath.sin(x)).real == round(math.sin(x), 12), r(cmath.cos(x)).real == round(math.cos(x), 12))
print(r(cmath.sin(1j)), r(cmath.cos(1j)), r(cmath.tan(1 + 1j)))
print(r(cmath.asin(2)), r(cmath.acos(2)), r(cmath.atan(2j)))
print(r(cmath.sinh(1j)), r(cmath.cosh(1j)), r(cmath.tanh(1j)))
print(r(cmath.asinh(1)), r(cmath.acosh(0)), r(cmath.atanh(2)))
for z in [1 + 2j, -3 + 0.5j, 0.25 - 1j]:
    print(z, r(cmath.sin(cmath.asin(z))), r(cmath.exp(cmath.log(z))), r(cmath.sqrt(z) ** 2))
try:
    cmath.atanh(1)
except ValueError as e:
    print("ValueError", e)
