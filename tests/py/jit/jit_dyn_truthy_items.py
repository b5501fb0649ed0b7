# Truth values, items by untyped keys and untyped int arithmetic into int
# locals, in hot compiled loops: every kind of value takes the same branch
# as in CPython.


class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v > 1


class L:
    def __len__(self):
        return 0


def count_true(vals: list) -> int:
    n = 0
    for v in vals:
        if v:
            n += 1
        if not v:
            n += 100
    return n


vals = [0, 1, -1, 2**70, 0.0, 0.5, None, True, False, "", "x", [], [0], (), {}, {1: 2},
        B(1), B(2), L(), range(0), range(3), b"", 0j]
print(count_true(vals * 200))


def pick(xs: list, keys: list) -> list:
    out = []
    for k in keys:
        try:
            out.append(xs[k])
        except (IndexError, TypeError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


xs = list(range(10, 20))
keys = [0, 3, -1, -10, True, False, 10, -11, 2**65, "a", None, 2.0] * 50
print(pick(xs, keys)[:12])
print(pick({1: "one", True: "t", 0: "zero"}, [1, 0] * 100)[:4])
print(pick("abcdef", [0, -1, 2] * 100)[:3])


def total(items: list) -> int:
    t = 0
    for it in items:
        t += it
        t = t * 3 % 1000003
    return t


print(total(list(range(5000))))
print(total([1, 2, 3] * 1000 + [2**64, 5]))
try:
    print(total([1, 2, 1.5]))
except TypeError as e:
    print("TypeError", e)
print(total([1, True, 2]))
