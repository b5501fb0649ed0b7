# itertools.tee for lookahead, cycle/islice round robin, groupby runs encoding, and zip strictness.
from itertools import tee, islice, cycle, groupby, chain, count, zip_longest


def with_next(iterable):
    a, b = tee(iterable)
    next(b, None)
    return zip_longest(a, b)


print(list(with_next("abcd")), list(with_next([])))
temps = [12, 14, 14, 13, 17, 21, 19]
trend = ["up" if n > c else "down" if n < c else "flat" for c, n in with_next(temps) if n is not None]
print(trend)


def roundrobin(*iterables):
    active = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            active -= 1
            nexts = cycle(islice(nexts, active))


print(list(roundrobin("ABC", "D", "EF")), "".join(roundrobin("ace", "bdf")))


def rle(s):
    return [(ch, len(list(g))) for ch, g in groupby(s)]


def unrle(pairs):
    return "".join(ch * n for ch, n in pairs)


enc = rle("WWWWBBBWWCCCCCA")
print(enc, unrle(enc) == "WWWWBBBWWCCCCCA")
print(["".join(g) for _, g in groupby("aaabbbcccd")], [k for k, _ in groupby(sorted("banana"))])
it1, it2, it3 = tee(count(1), 3)
print(list(islice(it1, 3)), list(islice(it2, 5)), next(it3))
evens, odds = tee(range(10))
print([x for x in evens if x % 2 == 0], [x for x in odds if x % 2])
print(list(zip("abc", range(3), strict=True)))
try:
    list(zip("abc", range(2), strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(chain.from_iterable(zip("abc", "123"))), list(islice(cycle([1, 2]), 5)))
nums = [1, 2, 3, 10, 11, 20, 21, 22]
runs = [list(g) for _, g in groupby(nums, key=lambda x, c=count(): x - next(c))]
print(runs)
