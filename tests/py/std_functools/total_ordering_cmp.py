# total_ordering fills in comparisons; cmp_to_key adapts old-style comparators.
from functools import cmp_to_key, total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))


a, b = Version("1.2.10"), Version("1.10")
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(sorted([Version("2.0"), Version("1.9.9"), Version("1.10"), Version("1.2")]))
print(max(Version("0.1"), Version("0.0.9")), Version("3") >= Version("3"))


def by_length_then_reverse(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x < y) - (x > y)


words = ["pear", "fig", "apple", "kiwi", "date", "yam"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
key = cmp_to_key(lambda p, q: p - q)
print(key(1) < key(2), key(3) == key(3), key(5) > key(4))
print(sorted([5, 2, 8, 1], key=cmp_to_key(lambda p, q: q - p)))
try:
    total_ordering(type("NoOrder", (), {}))
except ValueError as e:
    print("ValueError", e)
try:
    Version("1") < 5
except AttributeError as e:
    print("AttributeError", e)
