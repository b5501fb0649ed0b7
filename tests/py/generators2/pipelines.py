# Generator pipelines: lazy stages chained together, pulling one item at a
# time (the interleaved trace shows the laziness), with itertools for
# slicing and grouping.
import itertools


def source(lines):
    for line in lines:
        print(f"  read {line!r}")
        yield line


def parse(lines):
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        name, _, qty = line.partition("=")
        yield name.strip(), int(qty)


def running_total(pairs):
    total = 0
    for name, qty in pairs:
        total += qty
        yield name, qty, total


data = ["a = 3", "# comment", "", "b = 4", "c = 10", "d = 1"]
pipe = running_total(parse(source(data)))
print("pipeline built, nothing read yet")
print(next(pipe))
print(list(itertools.islice(pipe, 2)))
print(list(pipe))

evens = (n for n in itertools.count() if n % 2 == 0)
squares = (n * n for n in evens)
print(list(itertools.islice(squares, 5)))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print([(k, list(g)) for k, g in itertools.groupby(words, key=lambda w: w[0])])


def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


print(list(window(range(6), 3)), list(window("ab", 3)))
chained = itertools.chain.from_iterable(window(range(4), 2))
print(list(chained), sum(x for x in range(10) if x % 3))
