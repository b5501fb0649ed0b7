# Locals without annotations that the JIT types from the values it saw
# while the function ran in the interpreter: the specialization must give
# the same answers when a value of another type arrives later.


def walk(pairs, steps):
    total = 0.0
    for _ in range(steps):
        for a, b in pairs:
            x = a[0] - b[0]
            y = a[1] * b[1]
            a[0] = a[0] - x * 0.25
            total += x + y
    return total


def count(items):
    n = 0
    k = 0
    for v in items:
        k = v
        n += k
    return n, k


def main():
    rows = [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]
    pairs = [(rows[0], rows[1]), (rows[1], rows[2])]
    print(walk(pairs, 2000))
    print(rows)
    # Now an int where a float was seen, then a list of ints.
    rows[0][0] = 7
    print(walk(pairs, 3))
    ints = [[1, 2], [3, 4]]
    print(walk([(ints[0], ints[1])], 3), ints)
    # Mixed types in one loop.
    print(count(list(range(3000))))
    print(count([1, 2, 3.5, True, 2**70]))
    print(count([10**20] * 1500 + [1]))


main()
