# When the right operand's type is a subclass of the left's and overrides
# the reflected method, the reflected method is tried first. Also for
# comparisons: the subclass's reflected comparison wins.


class Base:
    def __init__(self, tag):
        self.tag = tag

    def __add__(self, other):
        return f"Base.__add__({self.tag}, {other.tag})"

    def __radd__(self, other):
        return f"Base.__radd__({self.tag}, {other.tag})"

    def __lt__(self, other):
        return f"Base.__lt__({self.tag}, {other.tag})"

    def __gt__(self, other):
        return f"Base.__gt__({self.tag}, {other.tag})"


class Derived(Base):
    def __radd__(self, other):
        return f"Derived.__radd__({self.tag}, {other.tag})"

    def __gt__(self, other):
        return f"Derived.__gt__({self.tag}, {other.tag})"


class NoOverride(Base):
    pass


b, d, n = Base("b"), Derived("d"), NoOverride("n")
print(b + d)
print(d + b)
print(b + n)
print(b < d)
print(d < b)
print(b < n)


class Declines(Base):
    def __radd__(self, other):
        print("  Declines.__radd__ declines")
        return NotImplemented


print(b + Declines("x"))


class MyInt(int):
    def __radd__(self, other):
        return f"MyInt.__radd__({other})"

    def __rsub__(self, other):
        return NotImplemented


print(5 + MyInt(3))
print(5 - MyInt(3))
print(MyInt(3) + 5)
