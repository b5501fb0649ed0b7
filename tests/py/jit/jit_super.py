# Zero-argument super() in compiled methods: __init__ chains, overridden
# methods, classmethods, properties through super(), and the errors.


class Base:
    def __init__(self, x):
        self.x = x

    def value(self):
        return self.x

    @classmethod
    def make(cls, x):
        return cls(x)

    def describe(self):
        return f"Base({self.x})"


class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def value(self):
        return super().value() * 10 + self.y

    @classmethod
    def make(cls, x):
        return super().make(x) if False else cls(x, 1)


class Leaf(Mid):
    def __init__(self, x):
        super().__init__(x, 2)

    def value(self):
        return super().value() + 1000

    def describe(self):
        return "Leaf/" + super().describe()


def run(n: int) -> int:
    total = 0
    for i in range(n):
        o = Leaf(i)
        total += o.value()
        total += Mid.make(i).value()
    return total


print(run(3000))
print(Leaf(7).describe(), Mid(1, 2).value(), type(Mid.make(3)).__name__)


class Odd(Base):
    def value(self):
        self = 5  # noqa: PLW0642  (super() then uses 5)
        return super().value()


try:
    for _ in range(300):
        Odd(1).value()
except TypeError as e:
    print("TypeError:", e)


class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


def raise_many(n: int) -> int:
    s = 0
    for i in range(n):
        try:
            raise E(i)
        except E as e:
            s += e.code + len(str(e))
    return s


print(raise_many(2000))
