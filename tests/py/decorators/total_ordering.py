# functools.total_ordering fills in the missing comparison methods from
# __eq__ and one of __lt__/__le__/__gt__/__ge__, propagates NotImplemented,
# and requires at least one ordering method.
import functools


@functools.total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


a, b, c = Version("1.2"), Version("1.10"), Version("1.2.0")
print(a < b, a <= b, a > b, a >= b, a == c, a != c, b >= a)
print(sorted([b, c, a]), max(a, b), min([b, a]))
print(sorted(n for n in ("__le__", "__gt__", "__ge__") if n in Version.__dict__))
try:
    a <= "1.2"
except TypeError as e:
    print(type(e).__name__, e)


@functools.total_ordering
class Score:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        print(f"  __ge__({self.v}, {other.v})")
        return self.v >= other.v


x, y = Score(3), Score(5)
print(x < y)
print(x > y)
print(x <= y)
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)
