# Arithmetic and comparisons on values of unknown type in hot functions:
# small ints take an inline path in compiled code, everything else (big
# ints, floats, bools, strs, user classes) the general one, with Python's
# results and exceptions in every case.


def ops(a, b):
    r = [a + b, a - b, a * b, a & b, a | b, a ^ b]
    try:
        r.append(a // b)
        r.append(a % b)
    except ZeroDivisionError as e:
        r.append(str(e))
    r.append((a < b, a <= b, a > b, a >= b, a == b, a != b))
    return r


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 0), (-1, 1),
         (2**61, 3), (-(2**61), 7), (3037000500, 3037000500),
         (2**62 - 1, 2**62 - 1), (-(2**62), -1), (2**100, 3), (3, 2**70),
         (True, 2), (5, False), (1, True)]
for _ in range(3):
    for a, b in pairs:
        out = ops(a, b)
print(out)
for a, b in pairs:
    print(a, b, ops(a, b))


def mixed(xs, ys):
    acc = 0
    for x, y in zip(xs, ys):
        acc = acc + x * y - (x % 7) // 2
        if x < y:
            acc ^= 1
    return acc


nums = [Box(i).get() for i in range(200)]
print(mixed(nums, nums[::-1]))
print(mixed([4.5, 8.5, 9.0], [2, 4, 8]))
try:
    mixed([1.5], [2])
except TypeError as e:
    print("TypeError:", e)
print(mixed([2**63, 2**64, -3], [5, -(2**65), 2**40]))


def concat(a, b):
    return a + b


for _ in range(50):
    concat(1, 2)
print(concat("ab", "cd"), concat([1], [2]), concat(1.25, 2), concat(2**62, 2**62))
try:
    concat(1, "x")
except TypeError as e:
    print("TypeError:", e)


def floats(a, b):
    return a * b + a - b


for _ in range(50):
    floats(1.5, 2.0)
print(floats(1.5, 2.0), floats(2, 3), floats(2**62, 4), floats(1e308, 10.0))
