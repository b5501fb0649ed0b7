# list[...] annotations and list displays: items are loaded with a check
# of the type the list is expected to hold, and anything else (another
# type, an index out of range) is handled exactly as the interpreter does.
def total(v: list[float]) -> float:
    s = 0.0
    for i in range(len(v)):
        s += v[i] * 2.0
    return s


def scale(m: list[list[float]], k: float) -> None:
    for i in range(len(m)):
        row = m[i]
        for j in range(len(row)):
            row[j] = row[j] * k


def count(flags: list[bool]) -> int:
    c = 0
    for i in range(len(flags)):
        if flags[i]:
            c += 1
    return c


def pick(v: list[int], i: int) -> int:
    return v[i] + v[-1]


for _ in range(3):
    print(total([1.0, 2.5, -3.0]))
    m = [[1.0, 2.0], [3.0, 4.0]]
    scale(m, 0.5)
    print(m)
    print(count([True, False, True] * 4))
    print(pick([1, 2, 3], 1), pick([10, 20, 30], -3))

# The items are not what the annotation says: the interpreter's answer.
print(total([1, 2, 3]))
print(total([1.0, "x" * 0 or 2.0]))
mixed = [[1.0, 2], [3, 4.0]]
scale(mixed, 2.0)
print(mixed)
print(count([1, 0, "", "a"]))
print(pick([2**70, 1], 0))
try:
    pick([1, 2], 5)
except IndexError as e:
    print("IndexError:", e)
try:
    total([1.0, None])
except TypeError as e:
    print("TypeError:", e)
z = [0.0] * 4
z[1] = 5
z[-1] = 2.5
print(z, total(z))
