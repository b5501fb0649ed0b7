# Trigonometric and hyperbolic functions, degrees/radians, atan2 quadrants.
import math

for deg in [0, 30, 45, 60, 90, 180, 270]:
    r = math.radians(deg)
    print(deg, round(math.sin(r), 12), round(math.cos(r), 12), round(math.degrees(r), 9))
print(math.tan(0), round(math.tan(math.pi / 4), 15), math.pi, math.tau == 2 * math.pi)
print(math.asin(1) == math.pi / 2, math.acos(1), math.atan(1) * 4 == math.pi)
for y, x in [(1, 1), (1, -1), (-1, -1), (-1, 1), (0, -1), (-0.0, -1), (0, 0)]:
    print((y, x), math.atan2(y, x))
print(math.sinh(0), math.cosh(0), math.tanh(0), math.tanh(100), math.asinh(0), math.acosh(1), math.atanh(0))
print(round(math.sinh(1), 12), round(math.cosh(1), 12), round(math.tanh(0.5), 12))
for f, v in [(math.asin, 2), (math.acos, -1.5), (math.acosh, 0.5), (math.atanh, 1)]:
    try:
        f(v)
    except ValueError as e:
        print(f.__name__, v, "ValueError", e)
try:
    math.sin(float("inf"))
except ValueError as e:
    print("sin(inf)", e)
print(math.sin(1e-300), math.cos(1e-300))
