# N-queens: count all placements by backtracking over lists of flags;
# recursion, list indexing, small ints.


def place(row: int, n: int, cols: list[bool], diag1: list[bool], diag2: list[bool]) -> int:
    if row == n:
        return 1
    count = 0
    for c in range(n):
        d1 = row + c
        d2 = row - c + n - 1
        if not cols[c] and not diag1[d1] and not diag2[d2]:
            cols[c] = True
            diag1[d1] = True
            diag2[d2] = True
            count += place(row + 1, n, cols, diag1, diag2)
            cols[c] = False
            diag1[d1] = False
            diag2[d2] = False
    return count


def queens(n: int) -> int:
    cols = [False] * n
    diag1 = [False] * (2 * n - 1)
    diag2 = [False] * (2 * n - 1)
    return place(0, n, cols, diag1, diag2)


def main() -> None:
    total = 0
    for n in range(4, 13):
        s = queens(n)
        print(f"queens({n}) = {s}")
        total += s
    print(f"checksum {total}")


main()
