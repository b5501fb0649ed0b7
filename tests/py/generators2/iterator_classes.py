# User iterator classes versus iterables: an iterable returning a fresh
# iterator each time can be looped twice; an iterator is exhausted after
# one pass; __iter__ implemented as a generator method.


class Range2:
    def __init__(self, stop):
        self.stop = stop

    def __iter__(self):
        return Range2Iter(self.stop)


class Range2Iter:
    def __init__(self, stop):
        self.i, self.stop = 0, stop

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.stop:
            raise StopIteration
        self.i += 1
        return self.i - 1


r = Range2(3)
print(list(r), list(r), [(a, b) for a in r for b in r if a < b])
it = iter(r)
print(list(it), list(it), iter(it) is it)


class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c


t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sum(t), 3 in t, max(t))
gi = iter(t)
print(type(gi).__name__, next(gi), next(gi))


class Fib:
    def __init__(self):
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


f = Fib()
print([next(f) for _ in range(10)])
for x in f:
    if x > 1000:
        break
print(x, next(f))
print(dict(zip("abc", Fib())), list(enumerate(Range2(2), start=1)))
a, b, *rest = Range2(5)
print(a, b, rest)
