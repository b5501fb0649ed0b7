# math.asinh/acosh/atanh/log1p/cbrt/atan2 must be the C library's, as
# CPython's are: print the exact bits over a sweep of arguments.
import math

xs = [i / 7.3 - 20 for i in range(0, 300, 7)] + [1e-300, 3.7e-8, 0.5, 1.5, 2.5, 1e300]
for name in ("asinh", "acosh", "atanh", "log1p", "cbrt"):
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(f(x).hex())
        except ValueError as e:
            out.append("ValueError")
    print(name)
    for i in range(0, len(out), 4):
        print("  ", " ".join(out[i:i + 4]))
print([math.atan2(y / 3, x / 5).hex() for y in range(-3, 4) for x in (-2, 3)])
