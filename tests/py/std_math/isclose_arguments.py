# math.isclose and cmath.isclose share their argument handling: CPython's
# results and messages for keywords, missing and doubled arguments.
import math, cmath
for f in (math.isclose, cmath.isclose):
    print(f(1, 1.0000000001), f(1, 2, rel_tol=0.6), f(b=1, a=1), f(0, 1e-12, abs_tol=1e-9))
    for call in (lambda: f(1), lambda: f(1, a=2), lambda: f(1, 2, 3), lambda: f(1, 2, rel_tol=-1), lambda: f(1, 2, x=1), lambda: f(a=1)):
        try:
            call()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
print(math.isclose(math.inf, math.inf), cmath.isclose(complex(math.inf, 0), 1), cmath.isclose(1j, 1.0000000001j))
import math, cmath
for f in (math.isclose, cmath.isclose):
    for call in (lambda: f(1, 2, a=3), lambda: f(1, 2, b=3)):
        try: call()
        except TypeError as e: print(e)
