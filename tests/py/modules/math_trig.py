import math

for x in [0, 0.5, 1, -1, 2, math.pi / 3, 100, -0.0]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x))
for x in [0, 0.5, -0.5, 1, -1]:
    print(x, math.asin(x), math.acos(x), math.atanh(x) if abs(x) < 1 else "-")
for y, x in [(1, 1), (1, -1), (-1, -1), (0, -1), (-0.0, -1), (0, 0), (math.inf, math.inf)]:
    print(y, x, math.atan2(y, x))
for x in [0, 1, -2, 10]:
    print(x, math.sinh(x), math.cosh(x), math.tanh(x), math.asinh(x))
print(math.acosh(1), math.acosh(10))
print(math.hypot(3, 4), math.hypot(1, 1), math.hypot(), math.hypot(-5), math.hypot(1, 2, 3))
print(math.hypot(1e200, 1e200), math.hypot(1e-200, 3e-200), math.hypot(math.inf, math.nan))
print(math.hypot(0.1, 0.2, 0.3), math.hypot(1.5, 2.5, 3.5, 4.5))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]))
vals = [0.1 * i for i in range(1, 30)]
print(math.hypot(*vals))
