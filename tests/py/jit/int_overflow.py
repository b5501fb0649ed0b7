# Exact ints in compiled code: machine arithmetic overflows into big ints.
def total(n: int) -> int:
    s = 0
    i = 0
    while i < n:
        s += 1 << 62
        i += 1
    return s


def fact(n: int) -> int:
    r = 1
    for k in range(2, n + 1):
        r = r * k
    return r


def power(b: int, e: int) -> int:
    r = 1
    for _ in range(e):
        r *= b
    return r


def neg_min(x: int) -> int:
    return -x


def shifts(a: int, b: int) -> int:
    return (a << b) + (a >> b)


for _ in range(3):
    print(total(5), total(1), total(0))
    print(fact(20), fact(21), fact(30))
    print(power(2, 64), power(-3, 41), power(10, 18))
    print(neg_min(-9223372036854775807 - 1 + 1), shifts(3, 70), shifts(-5, 2))
    print(shifts(1, 62), shifts(1, 63), shifts(-1, 100))
