# Dense matrix multiply on lists of lists of floats.


def make_matrix(n: int, seed: int) -> list[list[float]]:
    m = []
    state = seed
    for i in range(n):
        row = []
        for j in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((state % 1000) / 500.0 - 1.0)
        m.append(row)
    return m


def matmul(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    n = len(a)
    m = len(b[0])
    inner = len(b)
    c = []
    for i in range(n):
        ai = a[i]
        row = [0.0] * m
        for k in range(inner):
            aik = ai[k]
            bk = b[k]
            for j in range(m):
                row[j] = row[j] + aik * bk[j]
        c.append(row)
    return c


def trace_sum(c: list[list[float]]) -> tuple[float, float]:
    n = len(c)
    tr = 0.0
    total = 0.0
    for i in range(n):
        tr += c[i][i]
        row = c[i]
        for j in range(n):
            total += row[j]
    return (tr, total)


def main() -> None:
    n = 120
    a = make_matrix(n, 1)
    b = make_matrix(n, 2)
    c = matmul(a, b)
    for _ in range(9):
        c = matmul(c, b)
    tr, total = trace_sum(c)
    print(f"trace {tr:.9f}")
    print(f"sum {total:.9f}")


main()
