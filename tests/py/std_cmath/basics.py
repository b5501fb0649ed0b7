# cmath.sqrt/exp/log on complex numbers, phase/polar/rect, and constants.
import cmath
import math

print(cmath.sqrt(-1), cmath.sqrt(-4), cmath.sqrt(3 + 4j), cmath.sqrt(2))
print(cmath.exp(0), cmath.exp(1j * math.pi).real, round(cmath.exp(1j * math.pi).imag, 15))
print(cmath.log(1), cmath.log(-1), cmath.log(1j), cmath.log10(100), cmath.log(8, 2))
print(cmath.phase(1j), cmath.phase(-1), cmath.phase(-1 - 0j), cmath.phase(complex(-1, -0.0)))
print(cmath.polar(1j), cmath.polar(3 + 4j), cmath.polar(-2))
z = cmath.rect(2, math.pi / 2)
print(round(z.real, 12), z.imag, abs(z))
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau, cmath.inf, cmath.nan != cmath.nan)
print(cmath.infj, cmath.nanj.imag != cmath.nanj.imag)
print(type(cmath.sqrt(4)).__name__, cmath.sqrt(4))
for v in [1 + 1j, complex("inf"), complex(0, float("nan")), 0j]:
    print(v, cmath.isfinite(v), cmath.isinf(v), cmath.isnan(v))
print(cmath.isclose(1 + 1j, 1.0000000001 + 1j), cmath.isclose(1j, 1.1j))
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError", e)
try:
    cmath.sqrt("x")
except TypeError as e:
    print("TypeError", e)
