# count, cycle, repeat: infinite iterators bounded with islice/zip/takewhile.
from itertools import count, cycle, islice, repeat, takewhile

print(list(islice(count(), 5)), list(islice(count(10, 5), 4)), list(islice(count(1, -0.5), 4)))
print(list(islice(count(2**64), 2)), list(zip("abc", count(1))))
c = count(3)
print(next(c), next(c), repr(c), repr(count(1.5, 2)))
print(list(islice(cycle("AB"), 7)), list(islice(cycle([]), 3)))
cy = cycle(range(3))
print([next(cy) for _ in range(8)])
print(list(repeat("x", 3)), list(repeat(None, 0)), list(repeat(1, -2)), repr(repeat(7, 2)))
print(list(map(pow, range(5), repeat(2))))
print(list(islice(repeat([0]), 2)), len(list(zip(range(4), repeat(0)))))
print(list(takewhile(lambda n: n < 40, (x * x for x in count(1)))))
r = repeat("z", 2)
print(r.__length_hint__(), next(r), r.__length_hint__(), list(r), r.__length_hint__())
src = [1, 2]
cyc = cycle(src)
src.append(3)
print(list(islice(cyc, 5)))
try:
    count("a")
except TypeError as e:
    print("TypeError", e)
