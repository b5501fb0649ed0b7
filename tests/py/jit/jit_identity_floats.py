# `is` compares objects: floats (and ints past 64 bits) read from typed
# lists, locals and parameters must stay the same objects in compiled code,
# not copies made by unboxing and boxing again.


def same_item(row: list[float], i: int, j: int) -> bool:
    return row[i] is row[j]


def via_local(row: list[float]) -> bool:
    x = row[0]
    y = row[0]
    return x is y


def param_is(a: float, b: float) -> bool:
    return a is b


def not_same(row: list[float]) -> bool:
    x = row[0] + 0.0
    return x is not row[0]


def big_ints(xs: list[int]) -> bool:
    return xs[0] is xs[1]


def many(n: int) -> int:
    shared = [2.5] * 4
    other = shared[:]
    count = 0
    for i in range(n):
        if shared[i % 4] is other[(i + 1) % 4]:
            count += 1
        if via_local(shared) and same_item(shared, 0, 3):
            count += 1
    return count


f = 3.75
row = [f, f, 1.5]
for _ in range(300):
    same_item(row, 0, 1)
    via_local(row)
    param_is(f, f)
    not_same(row)
print(same_item(row, 0, 1), same_item(row, 0, 2), via_local(row))
print(param_is(f, f), param_is(f, 3.5), not_same(row))
big = 2**70
print(big_ints([big, big]), big_ints([big, 2**70 + 0 * big]))
print(many(400))
