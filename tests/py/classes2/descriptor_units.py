# Data descriptors for validated, unit-converting attributes with __set_name__ and per-instance storage.
class Bounded:
    def __init__(self, lo=None, hi=None, kind=float):
        self.lo, self.hi, self.kind = lo, hi, kind

    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"{self.public} must be a number, got {type(value).__name__}")
        value = self.kind(value)
        if self.lo is not None and value < self.lo:
            raise ValueError(f"{self.public}={value} below {self.lo}")
        if self.hi is not None and value > self.hi:
            raise ValueError(f"{self.public}={value} above {self.hi}")
        setattr(obj, self.private, value)


class Converted:
    def __init__(self, source, factor, offset=0.0):
        self.source, self.factor, self.offset = source, factor, offset

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return round(getattr(obj, self.source) * self.factor + self.offset, 4)

    def __set__(self, obj, value):
        setattr(obj, self.source, (value - self.offset) / self.factor)


class Reading:
    celsius = Bounded(lo=-273.15)
    humidity = Bounded(0, 100, kind=int)
    fahrenheit = Converted("celsius", 9 / 5, 32)
    kelvin = Converted("celsius", 1, 273.15)

    def __init__(self, celsius, humidity):
        self.celsius = celsius
        self.humidity = humidity

    def __repr__(self):
        return f"Reading({self.celsius}C, {self.humidity}%)"


r = Reading(21.5, 40.7)
print(r, r.fahrenheit, r.kelvin, vars(r))
r.fahrenheit = 212
print(r, r.kelvin)
r.kelvin = 0
print(r, r.fahrenheit)
for attr, value in (("humidity", 120), ("celsius", -300), ("humidity", "wet"), ("kelvin", -1)):
    try:
        setattr(r, attr, value)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(type(Reading.celsius).__name__, Reading.celsius.private, Reading.fahrenheit.source)
print(sorted(k for k in vars(Reading) if not k.startswith("__")))
r2 = Reading(0, 0)
print(r2, r, r2.fahrenheit)
