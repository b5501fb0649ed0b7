class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __hash__(self):
        print("hash", self.x, self.y)
        return hash((self.x, self.y))
    def __eq__(self, o):
        print("eq", self.x, self.y, "vs", getattr(o, "x", o))
        return isinstance(o, P) and (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f"P({self.x}, {self.y})"

d = {}
d[P(1, 2)] = "a"
d[P(3, 4)] = "b"
print(d[P(1, 2)])
d[P(1, 2)] = "c"
print(d, len(d))
print(P(3, 4) in d, P(5, 6) in d)
del d[P(3, 4)]
print(d)
try:
    d[P(9, 9)]
except KeyError as e:
    print("KeyError", e)
print(d.get(P(1, 2)), d.get(P(0, 0), "dflt"))
print(d.setdefault(P(7, 7), 1), d.pop(P(7, 7)))
s = {P(1, 1), P(1, 1), P(2, 2)}
print(len(s), P(2, 2) in s)
s.add(P(3, 3)); s.discard(P(1, 1))
print(sorted(s, key=lambda p: p.x))
try: s.remove(P(8, 8))
except KeyError as e: print("KeyError", e)
print(len(set([P(1, 1), P(1, 1)])))
print({(P(1, 1), 2): 3}[(P(1, 1), 2)])
dc = {P(i % 2, 0): i for i in range(4)}
print(dc)
sc = {P(i % 2, 0) for i in range(4)}
print(len(sc))

class OnlyEq:
    def __eq__(self, o): return True
try: {OnlyEq()}
except TypeError as e: print(type(e).__name__, e)
try: hash(OnlyEq())
except TypeError as e: print(type(e).__name__, e)
class NoHash:
    __hash__ = None
try: {NoHash(): 1}
except TypeError as e: print(type(e).__name__, e)
class BadHash:
    def __hash__(self): return "x"
try: {BadHash()}
except TypeError as e: print(type(e).__name__, e)
class H1:
    def __hash__(self): return 1
a, b = H1(), H1()
print(len({a, b}), len({a, a}))
class Name:
    def __init__(self, n): self.n = n
    def __hash__(self): return hash(self.n)
    def __eq__(self, o):
        return self.n == (o.n if isinstance(o, Name) else o)
dn = {Name("k"): 1}
print(dn["k"], "k" in dn, dn[Name("k")])
class Sub(P): pass
print({Sub(1, 2): 1}[P(1, 2)])
class Big:
    def __hash__(self): return 2**70
print(hash(Big()) == hash(2**70))
class MinusOne:
    def __hash__(self): return -1
print(hash(MinusOne()))
