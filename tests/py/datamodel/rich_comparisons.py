# Rich comparison dunders: reflection (a < b tries b > a), NotImplemented
# fallbacks, == falling back to identity, != derived from __eq__, and the
# TypeError for unsupported ordering.


class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def __eq__(self, other):
        print(f"  {self!r}.__eq__({other!r})")
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        print(f"  {self!r}.__lt__({other!r})")
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other


a, b = Version(1, 2), Version(1, 10)
print(a < b)
print(a > b)
print(a == Version(1, 2))
print(a != b)
print(a <= b)
print(a == "1.2")
print(a != "1.2")
try:
    a >= "1.2"
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Version(2), Version(1, 5), Version(1)]))


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
try:
    p < q
except TypeError as e:
    print(type(e).__name__, e)


class Always:
    def __eq__(self, other):
        return "yes"

    def __gt__(self, other):
        return [other]


w = Always()
print(w == 1, 1 == w, w != 1)
print(3 < w, w > 3)
print([w] == [w], (1, w) == (1, 2))
