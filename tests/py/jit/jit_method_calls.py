# Method calls in hot functions: compiled code loads the class's function
# and passes the instance without a bound method, caching per call site
# (several classes at one site). Every way the answer can change must be
# seen: methods replaced on the class, an instance attribute shadowing a
# method, subclasses overriding, a deoptimization between the load and
# the call, and exceptions raised by the method.


class Shape:
    def __init__(self, n):
        self.n = n

    def area(self):
        return self.n

    def scaled(self, k, extra=0):
        return self.area() * k + extra


class Square(Shape):
    def area(self):
        return self.n * self.n


class Circle(Shape):
    def area(self):
        return 3 * self.n * self.n


class Tri(Shape):
    pass


def total(shapes, k):
    s = 0
    for sh in shapes:
        s += sh.scaled(k)
        s += sh.area()
    return s


shapes = [Shape(1), Square(2), Circle(3), Tri(4), Square(5)] * 10
for k in range(30):
    t = total(shapes, k)
print(t)

# Replace a method on a class: every site must see the new one.
Square.area = lambda self: -self.n
print(total(shapes, 2))
del Square.area
print(total(shapes, 2))

# An instance attribute shadowing the method (a callable in the instance).
odd = Circle(1)
odd.area = lambda: 1000
print(total([odd, Circle(1)] * 3, 1))


# A method that raises, caught in the hot loop.
class Flaky(Shape):
    def area(self):
        if self.n % 4 == 0:
            raise ValueError("bad %d" % self.n)
        return self.n


def careful(items):
    ok = 0
    bad = []
    for it in items:
        try:
            ok += it.area()
        except ValueError as e:
            bad.append(str(e))
    return ok, len(bad), bad[:2]


print(careful([Flaky(i) for i in range(100)]))


# Arguments whose evaluation leaves compiled code between the method load
# and the call (the int turns into a big int: a type guard fails).
class Acc:
    def __init__(self):
        self.total = 0

    def add(self, v):
        self.total += v
        return self.total


def grow(acc, n):
    x = 1
    for _ in range(n):
        acc.add(x * x)
        x = x * 3
    return acc.total


print(grow(Acc(), 60))


# Bound methods taken and called later, and methods of built-in objects.
def calls(objs):
    out = []
    for o in objs:
        f = o.area
        out.append(f())
    words = []
    for w in ["a", "b", "c"]:
        words.append(w.upper())
    return out, words


print(calls(shapes[:5]))


# Classmethods and staticmethods through instances.
class K:
    base = 10

    @classmethod
    def make(cls, v):
        return cls.base + v

    @staticmethod
    def twice(v):
        return 2 * v


def use(ks):
    s = 0
    for k in ks:
        s += k.make(1) + k.twice(3)
    return s


print(use([K()] * 50))
