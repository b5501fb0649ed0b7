# property (getter, setter, deleter, missing parts), classmethod and
# staticmethod, reached through instances, classes and subclasses.


class Temperature:
    """A temperature in Celsius."""

    scale = "C"

    def __init__(self, celsius):
        self._c = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("deleting", self._c)
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @staticmethod
    def valid(c):
        return c >= -273.15


t = Temperature(20)
print(t.celsius, t.fahrenheit, Temperature.scale, Temperature.__doc__)
t.celsius = 25
print(t.celsius, round(t.fahrenheit, 1))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
try:
    print(t.celsius)
except AttributeError as e:
    print("AttributeError:", e)
u = Temperature.from_fahrenheit(212)
print(type(u).__name__, u.celsius, Temperature.valid(-300), u.valid(0))
print(type(Temperature.__dict__["celsius"]).__name__, isinstance(Temperature.celsius, property))


class Kelvin(Temperature):
    scale = "K"

    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.scale}"


k = Kelvin.from_fahrenheit(32)
print(type(k).__name__, k.celsius, Kelvin.describe(), k.describe(), Temperature.scale)


class NoGetter:
    x = property(None, lambda self, v: print("set", v))


n = NoGetter()
n.x = 5
try:
    n.x
except AttributeError as e:
    print("AttributeError:", e)
p = property(lambda self: 1)
print(p.fget(None), p.fset, p.__doc__)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1
        self.id = Counter.count

    @classmethod
    def reset(cls):
        cls.count = 0


a, b = Counter(), Counter()
print(a.id, b.id, Counter.count)
Counter.reset()
print(Counter.count, Counter().id)
