# Builtins that take an iterable accept user classes with __iter__ (returning
# an iterator or a generator) and the old sequence protocol (__getitem__).
class It:
    def __init__(self, n): self.n = n
    def __iter__(self): return iter(range(self.n))
class G:
    def __iter__(self):
        yield 1; yield 2
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
for f in [lambda: list(zip(It(3), G(), Seq())), lambda: list(map(lambda a, b: a + b, It(2), G())),
          lambda: any(It(3)), lambda: all(G()), lambda: dict(zip(G(), It(2))), lambda: dict([It(2), G()]),
          lambda: sorted(Seq(), reverse=True), lambda: sum(G()), lambda: set(It(4)), lambda: tuple(Seq()),
          lambda: ",".join(str(x) for x in Seq()), lambda: min(G()), lambda: list(enumerate(It(2))),
          lambda: list(filter(None, Seq())), lambda: 20 in Seq(), lambda: [*It(2), *G()], lambda: zip(1), lambda: any(5)]:
    try: print(f())
    except TypeError as e: print("TypeError", e)
a, b = G(); print(a, b)
x, y, z = Seq(); print(x, y, z)
