# Tight integer loops: while and for, arithmetic, comparisons, bit ops.


def collatz_steps(limit: int) -> int:
    total = 0
    n = 1
    while n < limit:
        x = n
        while x != 1:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            total += 1
        n += 1
    return total


def mix(n: int) -> int:
    acc = 0
    for i in range(n):
        acc = (acc * 31 + (i ^ (i >> 3))) & 0xFFFFFFFF
        if acc % 7 == 3:
            acc -= i
    return acc


def gcd_sum(n: int) -> int:
    total = 0
    for a in range(1, n):
        b = (a * 7919) % n + 1
        x = a
        while b != 0:
            t = x % b
            x = b
            b = t
        total += x
    return total


def main() -> None:
    print(f"collatz {collatz_steps(60000)}")
    print(f"mix {mix(2000000)}")
    print(f"gcd {gcd_sum(300000)}")


main()
