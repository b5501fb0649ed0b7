# cmath's functions on a grid of ordinary and edge-case arguments: every
# result's repr (CPython's last bits), or the exception raised.
import cmath

INF = float("inf")
NAN = float("nan")
parts = [0.0, -0.0, 0.3, -0.3, 1.0, -1.0, 0.9, 1.2, 2.5, -7.25, 1e-310, 1e-200, 1e200, 1e308, INF, -INF, NAN]
names = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]

def show(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError) as e:
        return f"{type(e).__name__}: {e}"
    return repr(r)

for name in names:
    f = getattr(cmath, name)
    lines = []
    for re in parts:
        for im in parts:
            lines.append(show(f, complex(re, im)))
    print(name, len(lines))
    for i in range(0, len(lines), 6):
        print("  " + " | ".join(lines[i:i + 6]))

for re in parts:
    print("phase/polar", re, [show(cmath.phase, complex(re, im)) for im in parts[:8]])
    print("  polar", [show(cmath.polar, complex(re, im)) for im in parts[8:]])
    print("  rect", [show(cmath.rect, re, phi) for phi in parts])
