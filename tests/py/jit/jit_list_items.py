# List items read and written by compiled code: indices from the end, out
# of range, items shared with other references, lists changing under a
# `for` loop. Every function runs often enough to be compiled.


def bump(row: list[float], k: int, x: float) -> None:
    row[k] = row[k] + x


def get(row: list[float], k: int) -> float:
    return row[k]


def set_int(row: list[int], k: int, v: int) -> None:
    row[k] = v


def total(row: list[float]) -> float:
    s = 0.0
    for x in row:
        s += x
    return s


def grow_while_looping(row: list[int]) -> int:
    n = 0
    for x in row:
        n += x
        if len(row) < 12:
            row.append(x + 1)
    return n


def shrink_while_looping(row: list[int]) -> int:
    n = 0
    for x in row:
        n += x
        if len(row) > 3:
            row.pop()
    return n


def main() -> None:
    row = [0.5, 1.5, 2.5]
    for _ in range(300):
        bump(row, 0, 1.0)
        bump(row, -1, 0.25)
    print(row)
    # An item another name refers to keeps its value.
    kept = row[1]
    for _ in range(200):
        bump(row, 1, 2.0)
    print(kept, row[1], kept is row[1])
    # Items shared between lists (one float object, four references).
    shared = [1.25] * 4
    other = shared[:]
    for _ in range(150):
        bump(shared, 2, 0.5)
    print(shared, other)
    print(shared[0] is other[0], shared[2] is other[2])
    # Reading from the end, and out of range in compiled code.
    for _ in range(200):
        get(row, -3)
    print(get(row, -3), get(row, 2))
    try:
        get(row, 3)
    except IndexError as e:
        print("IndexError:", e)
    try:
        get(row, -4)
    except IndexError as e:
        print("IndexError:", e)
    try:
        bump(row, 7, 1.0)
    except IndexError as e:
        print("IndexError:", e)
    ints = [1, 2, 3]
    for i in range(300):
        set_int(ints, i % 3, i * i)
    print(ints)
    set_int(ints, 0, 2**70)
    print(ints)
    try:
        set_int(ints, -5, 1)
    except IndexError as e:
        print("IndexError:", e)
    for _ in range(200):
        total(row)
    print(total(row), total([]), total([1e308, 1e308]))
    # A list holding something else than the annotation says.
    mixed = [1.0, 2, 3.5]
    print(total(mixed))
    for _ in range(120):
        grow_while_looping([1, 2, 3])
    print(grow_while_looping([1, 2, 3]))
    for _ in range(120):
        shrink_while_looping([1, 2, 3, 4, 5, 6])
    print(shrink_while_looping([1, 2, 3, 4, 5, 6]))


main()
