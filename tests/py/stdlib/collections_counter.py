# collections.Counter: counting, most_common tie order, arithmetic, repr.
from collections import Counter

c = Counter("abracadabra")
print(c, c["a"], c["zzz"], len(c), c.total())
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), list(Counter(x=2, y=0, z=-1, w=1).elements()))
words = "the cat and the hat and the bat".split()
w = Counter(words)
print(w, w.most_common(3))
print(Counter(), Counter({"a": 3, "b": 1}), Counter(a=1, b=2), Counter([1, 1, 2]), Counter(Counter("aab")))
c.update("aaz")
c.update({"q": 5})
c.update(r=2)
print(c)
c.subtract("aaaa")
c.subtract({"q": 10})
c.subtract(b=1)
print(c)
del c["q"]
del c["not there"]
print(c, "q" in c)
c["new"] += 1
print(c["new"], c.get("missing"), c.get("missing", 7))

a = Counter(a=3, b=1, d=-2)
b = Counter(a=1, b=2, c=1)
print(a + b, a - b, a | b, a & b, +a, -a)
x = Counter(a=3, b=1)
x += Counter(a=-5, c=2)
print(x)
x -= Counter(c=1)
print(x)
x |= Counter(z=4)
print(x)
x &= Counter(z=2, c=9)
print(x)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2), Counter(a=3) >= Counter(a=1, b=0), Counter(a=1) == {"a": 1})
print(isinstance(c, dict), type(c.copy()).__name__, c.copy() == c, dict(Counter("aab")), sorted(Counter("hello").items()))
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError", e)
try:
    Counter(1)
except TypeError as e:
    print("TypeError", e)
print(Counter({"x": 2.5, "y": 1}), Counter(a=0), Counter(b=-1, a=-1))
