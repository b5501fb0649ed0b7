# Binary arithmetic dunders: forward methods, reflected methods when the left
# operand returns NotImplemented or does not define the method, and the
# TypeError when neither side handles the operands.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return f"Money({self.cents})"

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("  radd with", repr(other))
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, Money):
            return Money(self.cents - other.cents)
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, int):
            return Money(other - self.cents)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, int):
            return Money(self.cents * k)
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, k):
        return Money(self.cents // k)

    def __floordiv__(self, other):
        return self.cents // other.cents

    def __mod__(self, other):
        return Money(self.cents % other)

    def __divmod__(self, other):
        return divmod(self.cents, other)

    def __rdivmod__(self, other):
        return ("r", divmod(other, self.cents))

    def __pow__(self, e, mod=None):
        return ("pow", self.cents, e, mod)


a, b = Money(250), Money(75)
print(a + b, a - b, a + 5, 5 + a)
print(1000 - a, a * 3, 3 * a, a / 4, a // b, a % 60)
print(divmod(a, 7), divmod(1000, b))
print(a ** 2, pow(a, 2, 7))
print(sum([a, b, Money(1)]))
for op in (lambda: a - "x", lambda: "x" * a, lambda: a @ b, lambda: 2.5 - a):
    try:
        print(op())
    except TypeError as e:
        print(type(e).__name__, e)
