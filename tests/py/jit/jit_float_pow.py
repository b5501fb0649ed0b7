# float ** in compiled code: the C library's pow where CPython uses it, and
# the interpreter's answer (complex, ZeroDivisionError, OverflowError) for
# the other cases, met inside a hot loop.


def powers(xs: list[float], y: float) -> float:
    total = 0.0
    for x in xs:
        total += x**y
    return total


def one(x: float, y: float):
    try:
        return x**y
    except (ZeroDivisionError, OverflowError) as e:
        return f"{type(e).__name__}: {e}"


xs = [0.5 + i * 0.25 for i in range(40)]
for _ in range(300):
    s = powers(xs, -1.5)
print(repr(s))
print(repr(powers(xs, 2.0)), repr(powers(xs, 0.5)), repr(powers(xs, 3)))
for x, y in [
    (2.0, 10.0), (-2.0, 3.0), (-2.0, 2.0), (-2.0, 0.5), (0.0, 2.0), (-0.0, 3.0),
    (0.0, -1.0), (10.0, 400.0), (1e308, 2.0), (2.0, -1100.0), (-8.0, 1.0 / 3.0),
    (float("inf"), 2.0), (float("-inf"), 3.0), (float("nan"), 0.0), (1.0, float("nan")),
    (-1.0, float("inf")), (2.5, -3.0), (-2.5, -3.0), (-1e-300, 7.0), (3.0, 1e20),
]:
    for _ in range(3):
        r = one(x, y)
    print(x, y, repr(r))


def mixed(n: int) -> float:
    acc = 0.0
    for i in range(1, n):
        acc += i**0.5 + 2.0**-i + (i * 0.5) ** 2
    return acc


print(repr(mixed(2000)))
