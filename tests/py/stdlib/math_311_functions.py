import math

values = [0.001, 0.1, 0.5, 1.5, 2.5, 3.7, 7.25, 10.5, 24.5, 50.1, 99.9, 141.3, 170.6,
          -0.5, -1.5, -2.25, -7.75, -30.3, -150.5, 1e-25, -1e-25]
for v in values:
    out = []
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(v, *out)
print([math.gamma(n) for n in range(1, 25)][-3:])
for bad in (0, -1, -3, float("-inf")):
    try:
        print(math.gamma(bad))
    except ValueError as e:
        print("gamma", bad, "ValueError", e)
try:
    math.gamma(200)
except OverflowError as e:
    print("OverflowError", e)
print(math.lgamma(float("inf")), math.lgamma(float("-inf")), math.lgamma(1), math.lgamma(2))
print([math.cbrt(x) for x in (27, -8, 2, 1e-300, 0.0, -0.0, 1000)])
print([math.exp2(x) for x in (0, 1, 10, -1, 0.5, -1074)])
print([math.erf(x) for x in (-2, -0.1, 0, 0.3, 1, 4)])
print([math.erfc(x) for x in (-2, 0, 0.5, 3, 10)])
print(math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.ulp(1e300), math.ulp(0.0))
print(math.remainder(10, 4), math.remainder(11, 4), math.remainder(-7.5, 2))
