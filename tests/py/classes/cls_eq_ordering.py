class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents
    def __lt__(self, other):
        return self.cents < other.cents
    def __le__(self, other):
        return self.cents <= other.cents
    def __hash__(self):
        return hash(self.cents)
    def __repr__(self):
        return f'Money({self.cents})'
a, b, c = Money(100), Money(100), Money(250)
print(a == b, a != b, a == c, a != c, a is b, a == 100, 100 == a, a != 'x')
print(a < c, c > a, a <= b, c >= a, sorted([c, a, Money(5)]), max([a, c]), min(c, a))
print(a in [c, b], [a, c].index(b), [a, b, c].count(Money(100)), len({a, b, c}))
try:
    a < 5
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(p == p, p != p, p == Plain())
try:
    p < p
except TypeError as e:
    print(type(e).__name__, e)
