# Small pure functions with branches (if/else, conditional expressions,
# chained comparisons, `and`/`or`) are inlined into compiled callers too;
# their results, overflows, zero divisors and unbound locals must be what a
# real call gives.


def clamp(x: int, lo: int, hi: int) -> int:
    if x < lo:
        return lo
    elif x > hi:
        return hi
    return x


def sign(x: float) -> int:
    return 1 if x > 0 else (-1 if x < 0 else 0)


def between(x: int, lo: int, hi: int) -> bool:
    return lo <= x < hi


def both(a: bool, b: bool) -> bool:
    return a and not b or b and not a


def grow(x: int) -> int:
    if x > 1000:
        return x * x * x * x * x * x
    return x + 1


def safe_inv(x: int) -> float:
    if x == 7:
        return 0.0
    return 1 / x


def maybe(x: int) -> int:
    if x > 0:
        y = x * 2
    return y


def total(n: int) -> int:
    t = 0
    for i in range(-n, n):
        t += clamp(i, -50, 50) + sign(i * 0.5) + between(i, 0, 10) + both(i % 2 == 0, i % 3 == 0)
    return t


def growing(n: int) -> int:
    t = 0
    for i in range(n):
        t += grow(i * 3)
    return t


def inverses(xs: list[int]) -> float:
    s = 0.0
    for x in xs:
        s += safe_inv(x)
    return s


def maybes(xs: list[int]) -> int:
    s = 0
    for x in xs:
        s += maybe(x)
    return s


for _ in range(3):
    print(total(300))
    print(growing(500))
    print(inverses([1, 2, 7, 4, 5]))
    try:
        print(inverses([1, 2, 0, 4]))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(maybes([3, 4, 5] * 50))
    try:
        print(maybes([3, 4, 0, 5]))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
