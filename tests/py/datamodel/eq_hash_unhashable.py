# A class that defines __eq__ without __hash__ becomes unhashable
# (__hash__ is set to None); defining both keeps it usable as a dict key;
# subclasses inherit __hash__ = None; __hash__ results are reduced to ints.


class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()

    def __hash__(self):
        return hash(self.k.lower())

    def __repr__(self):
        return f"Key({self.k!r})"


class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


d = {Key("Name"): 1}
d[Key("NAME")] = 2
print(d, Key("a") in {Key("A")}, len({Key("x"), Key("X"), Key("y")}))
print(EqOnly.__hash__, "__hash__" in EqOnly.__dict__)
for action in (lambda: hash(EqOnly(1)), lambda: {EqOnly(1)}, lambda: {EqOnly(1): 0}):
    try:
        action()
    except TypeError as e:
        print(type(e).__name__, e)
print(EqOnly(1) == EqOnly(1), EqOnly(1) in [EqOnly(1)])


class Sub(EqOnly):
    pass


try:
    hash(Sub(2))
except TypeError as e:
    print(type(e).__name__, e)


class Restored(EqOnly):
    __hash__ = object.__hash__


print(type(hash(Restored(1))).__name__)


class BadHash:
    def __hash__(self):
        return "h"


try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)


class Explicit:
    __hash__ = None


try:
    hash(Explicit())
except TypeError as e:
    print(type(e).__name__, e)
