# math in a small geometry toolkit: hypot/dist/atan2/degrees, isclose, floor/ceil/trunc, gcd/lcm, comb/perm, prod/fsum.
import math

points = [(0, 0), (3, 4), (-2, 5), (6, -1.5)]
for (x1, y1), (x2, y2) in zip(points, points[1:]):
    d = math.dist((x1, y1), (x2, y2))
    ang = math.degrees(math.atan2(y2 - y1, x2 - x1))
    print(f"({x1},{y1})->({x2},{y2}) dist={d:.4f} angle={ang:.2f}")
perimeter = sum(math.dist(a, b) for a, b in zip(points, points[1:] + points[:1]))
area = abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]))) / 2
print(round(perimeter, 6), area)
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.sqrt(2) ** 2 == 2, math.isclose(math.sqrt(2) ** 2, 2))
print(math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01))
for v in (2.5, -2.5, 3.7, -3.2, 0.5):
    print(v, math.floor(v), math.ceil(v), math.trunc(v), round(v), math.modf(v))
print(math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.gcd(0, 0), math.lcm())
print(math.comb(10, 3), math.perm(5, 2), math.perm(5), math.factorial(12), math.comb(5, 7))
print(math.prod([1, 2, 3, 4]), math.prod([], start=10), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.pi, math.e, math.tau / 2 == math.pi, math.inf > 1e308, math.isnan(math.nan), math.isinf(-math.inf))
print(math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(0), math.exp(0), math.expm1(0))
print(math.copysign(3, -0.0), math.fabs(-7), math.fmod(-7, 3), -7 % 3, math.remainder(7, 4))
print(math.isqrt(99), math.isqrt(100), math.sin(math.pi / 6), math.cos(0), round(math.tan(math.pi / 4), 12))
print(math.radians(180), math.asin(1) * 2, math.frexp(12.0), math.ldexp(0.75, 4), math.nextafter(1.0, 2.0) > 1.0)
for bad in (lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1), lambda: math.comb(3, -1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
print(math.floor(-0.0), math.ceil(1e20) == 10 ** 20, type(math.floor(2.0)).__name__, math.trunc(-1e3))
