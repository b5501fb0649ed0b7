# Dict and set lookups compare hashes first, then identity, then __eq__:
# count the __eq__ calls for identical keys, equal keys and hash collisions.


class K:
    eq_calls = 0

    def __init__(self, name, h):
        self.name, self.h = name, h

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        K.eq_calls += 1
        return isinstance(other, K) and self.name == other.name

    def __repr__(self):
        return self.name


def count(label, fn):
    K.eq_calls = 0
    result = fn()
    print(f"{label}: {result!r} eq_calls={K.eq_calls}")


a1, a2, b = K("a", 1), K("a", 1), K("b", 1)
c = K("c", 2)
d = {a1: "A", c: "C"}
count("same object", lambda: d[a1])
count("equal object", lambda: d[a2])
count("different hash", lambda: c in d)
count("collision miss", lambda: b in d)
count("insert collision", lambda: d.setdefault(b, "B"))
count("lookup b", lambda: d[b])
count("len", lambda: len(d))
count("set build", lambda: sorted(map(repr, {a1, a2, b, c})))
count("list index", lambda: [c, b, a1].index(a2))
count("list count", lambda: [a1, a2, b].count(a1))
count("in list same obj", lambda: a1 in [b, a1])
count("tuple eq", lambda: (a1, c) == (a2, c))


class Liar(K):
    def __eq__(self, other):
        K.eq_calls += 1
        return True

    __hash__ = K.__hash__


x = Liar("x", 1)
count("liar key", lambda: d.get(x))
count("x in set", lambda: x in {a1})
