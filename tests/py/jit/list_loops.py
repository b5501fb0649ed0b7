# `for x in v` over list types: the items loaded with a check, the list
# mutated while it is iterated, items of other types, break and return
# inside the loop, and nested loops.
def total(v: list[float]) -> float:
    s = 0.0
    for x in v:
        s += x
    return s


def first_big(v: list[int], limit: int) -> int:
    for x in v:
        if x > limit:
            return x
    return -1


def grow(v: list[int]) -> int:
    n = 0
    for x in v:
        if len(v) < 8:
            v.append(x + 10)
        n += x
    return n


def grid(m: list[list[float]]) -> float:
    s = 0.0
    for row in m:
        for x in row:
            if x < 0.0:
                break
            s += x
    return s


def count_true(flags: list[bool]) -> int:
    c = 0
    for f in flags:
        if f:
            c += 1
    return c


for _ in range(3):
    print(total([0.5, 1.5, 2.0]), total([]))
    print(first_big([1, 5, 9, 12], 6), first_big([1, 2], 6))
    print(grow([1, 2, 3]))
    print(grid([[1.0, 2.0, -1.0, 5.0], [3.0], []]))
    print(count_true([True, False, True, True]))

print(total([1.0, 2, 3.5]))
print(first_big([1, 2**70, 3], 1))
print(grid([[1.0, 2], [3, -4.0, 9.0]]))
try:
    total([1.0, "x"])
except TypeError as e:
    print("TypeError:", e)
