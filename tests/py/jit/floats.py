# Float arithmetic in compiled code: the same bits as the interpreter.
def mandel(cr: float, ci: float, limit: int) -> int:
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit and zr * zr + zi * zi <= 4.0:
        t = zr * zr - zi * zi + cr
        zi = 2.0 * zr * zi + ci
        zr = t
        n += 1
    return n


def mix(a: float, n: int) -> float:
    s = 0.0
    for i in range(n):
        s += a * i - i / 3 + (i % 7) * 0.25
        if s > 1e6:
            s = -s
    return s


def compare(a: float, b: int) -> bool:
    return a < b or a == b


total = 0
for y in range(-10, 10):
    for x in range(-20, 10):
        total += mandel(x / 10, y / 10, 50)
print(total)
print(mix(1.5, 1000), mix(-0.1, 10))
print(compare(1.0, 1), compare(0.5, 0), compare(float("nan"), 3), compare(2.0**60, 2**60 + 1))
print(-0.0, mix(0.0, 0))
