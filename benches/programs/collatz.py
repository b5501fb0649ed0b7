# Longest Collatz chain below a limit, with a memo list of chain lengths:
# integer arithmetic, a while loop, list indexing.


def longest_chain(limit: int) -> tuple[int, int]:
    lengths = [0] * limit
    lengths[1] = 1
    best = 1
    best_start = 1
    n = 2
    while n < limit:
        x = n
        steps = 0
        while x >= n:
            if x % 2 == 0:
                x = x // 2
            else:
                x = 3 * x + 1
            steps += 1
        length = steps + lengths[x]
        lengths[n] = length
        if length > best:
            best = length
            best_start = n
        n += 1
    return (best_start, best)


def chain_sum(lengths_limit: int) -> int:
    # Sum of all chain lengths below the limit, without the memo.
    total = 0
    for n in range(1, lengths_limit):
        x = n
        length = 1
        while x != 1:
            if x & 1 == 0:
                x = x >> 1
            else:
                x = 3 * x + 1
            length += 1
        total += length
    return total


def main() -> None:
    start, length = longest_chain(1000000)
    print(f"longest below 1000000: {start} ({length} terms)")
    print(f"sum of lengths below 20000: {chain_sum(20000)}")


main()
