# A lazy generator pipeline: producers, filters, transformers and a sliding
# window chained with `yield` and `yield from`, consumed by `sum`, `max`
# and a `for` loop. Measures generator resumption and suspension.
from typing import Iterator


def numbers(n: int) -> Iterator[int]:
    i = 0
    while i < n:
        yield i
        i += 1


def chunks(n: int, size: int) -> Iterator[int]:
    start = 0
    while start < n:
        yield from numbers(min(size, n - start))
        start += size


def odd_squares(xs: Iterator[int]) -> Iterator[int]:
    for x in xs:
        if x % 2:
            yield x * x % 10007


def window_sums(xs: Iterator[int], width: int) -> Iterator[int]:
    buf = []
    total = 0
    for x in xs:
        buf.append(x)
        total += x
        if len(buf) > width:
            total -= buf.pop(0)
        if len(buf) == width:
            yield total


def tagged(xs: Iterator[int]) -> Iterator[tuple]:
    k = 0
    for x in xs:
        yield (k, x)
        k += 1


def main() -> None:
    n = 600000
    print("sum", sum(odd_squares(numbers(n))))
    print("max", max(window_sums(odd_squares(chunks(n, 1000)), 8)))
    best = (0, 0)
    count = 0
    for k, v in tagged(x % 1009 for x in odd_squares(numbers(n))):
        count += 1
        if v > best[1]:
            best = (k, v)
    print("count", count, "best", best)
    evens = sum(1 for x in numbers(n) if x % 4 == 0)
    print("evens", evens)


main()
