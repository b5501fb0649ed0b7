# isfinite/isinf/isnan/isclose, inf and nan constants, ulp/nextafter, frexp/ldexp.
import math

vals = [0.0, -0.0, 1.5, math.inf, -math.inf, math.nan, 1e308 * 10]
for v in vals:
    print(repr(v), math.isfinite(v), math.isinf(v), math.isnan(v))
print(math.inf == float("inf"), math.nan == math.nan, math.nan is math.nan)
print(math.isclose(0.1 + 0.2, 0.3), 0.1 + 0.2 == 0.3, math.isclose(1.0, 1.1), math.isclose(1.0, 1.1, rel_tol=0.1))
print(math.isclose(0.0, 1e-10), math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
try:
    math.isclose(1, 2, rel_tol=-1)
except ValueError as e:
    print("ValueError", e)
print(math.frexp(8.0), math.frexp(0.1), math.frexp(0.0), math.ldexp(0.5, 4), math.ldexp(3, -1))
m, e = math.frexp(123.456)
print(math.ldexp(m, e) == 123.456)
print(math.nextafter(1.0, 2.0) - 1.0 == math.ulp(1.0), math.ulp(1.0), math.ulp(0.0))
print(math.nextafter(0.0, 1.0), math.nextafter(1.0, 1.0))
print(math.copysign(1, math.nan) in (1.0, -1.0), math.copysign(0.0, -1))
print(sorted([3.0, -0.0, 0.0, -1.0, math.inf, -math.inf]))
print(max(1.0, math.inf), min(-math.inf, 0), math.inf - math.inf != math.inf - math.inf)
print(math.fabs(-math.inf), -math.inf < -1e308, int(1e308) > 10**307)
try:
    int(math.inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(math.nan)
except ValueError as e:
    print("ValueError", e)
