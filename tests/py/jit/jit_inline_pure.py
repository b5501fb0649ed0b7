# Small pure functions called from compiled code are inlined (no frame);
# every way such a call can fail or change must still behave as a call:
# ints past 64 bits, division by zero (with the callee in the traceback),
# the recursion limit, the global rebound, and mixed int/float/bool types.
import sys


def tri(i: int, j: int) -> float:
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def sq(x: int) -> int:
    return x * x


def blend(a: float, b: float, t: float) -> float:
    return a + (b - a) * t


def between(x: int, lo: int, hi: int) -> bool:
    return lo <= x and x < hi if False else lo <= x < hi


def flip(b: bool) -> bool:
    return not b


def neg(x: int) -> int:
    return -x


def inv(x: int) -> float:
    return 1 / x


def total_tri(n: int) -> float:
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += tri(i, j)
    return s


def squares(start: int, n: int) -> int:
    # sq overflows 64 bits part way: the call runs for real from then on.
    acc = 0
    x = start
    for _ in range(n):
        x = sq(x)
        acc += x % 1000
    return acc


def mix(n: int) -> float:
    s = 0.0
    for i in range(n):
        s += blend(0.0, float(i), 0.25)
        if flip(i % 2 == 0):
            s -= 1.0
    return s


def count_between(n: int) -> int:
    c = 0
    for i in range(n):
        if between(i, 10, 20):
            c += 1
        c += neg(i) % 7
    return c


def inverses(xs: list[int]) -> float:
    s = 0.0
    for x in xs:
        s += inv(x)
    return s


def rec(n: int) -> int:
    if n == 0:
        return sq(n + 3)
    return rec(n - 1)


def rebound(n: int) -> int:
    global sq
    total = 0
    for i in range(n):
        total += sq(i)
        if i == n // 2:
            sq = lambda x: -x
    return total


print(f"{total_tri(60):.12f}")
print(squares(3, 8), squares(2, 7))
print(mix(101))
print(count_between(50))
print(inverses([1, 2, 4, 8]))
try:
    print(inverses([1, 2, 0, 4]))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(neg(-2**63), sq(2**40))
sys.setrecursionlimit(60)
for depth in range(40, 70):
    try:
        rec(depth)
    except RecursionError:
        print("RecursionError at depth", depth)
        break
sys.setrecursionlimit(1000)
print(rebound(10))
