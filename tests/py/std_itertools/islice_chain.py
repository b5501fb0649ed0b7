# chain, chain.from_iterable, islice with start/stop/step, and their laziness.
from itertools import chain, islice

print(list(chain("ab", [1, 2], (3,), range(2))), list(chain()), list(chain([], [])))
print(list(chain.from_iterable(["xy", "z", ""])), list(chain.from_iterable([[1], [2, 3]])))
nested = [[1, [2]], [3]]
print(list(chain(*nested)))
print(list(islice("abcdefg", 3)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 1, None, 2)))
print(list(islice(range(10), 0, 10, 3)), list(islice([], 5)), list(islice("abc", None)))
print(list(islice("abc", 5, 10)), list(islice(iter("abcdef"), 2, 4)))
log = []


def gen(tag, n):
    for i in range(n):
        log.append(f"{tag}{i}")
        yield i


c = chain(gen("a", 2), gen("b", 2))
print(next(c), log)
print(list(c), log)
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 2)))
log.clear()
print(list(islice(gen("g", 100), 3)), log)
for args in [(-1,), (0, -1), (0, 5, 0), ("a",)]:
    try:
        islice("abc", *args)
    except ValueError as e:
        print("ValueError", e)
try:
    list(chain(1, 2))
except TypeError as e:
    print("TypeError", e)
