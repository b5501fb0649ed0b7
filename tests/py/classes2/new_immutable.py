# __new__ for immutable subclasses, caching instances, and alternate constructors.
class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        return super().__new__(cls, round(value, 2))

    def to_f(self):
        return Fahrenheit(self * 9 / 5 + 32)

    def __repr__(self):
        return f"{float(self):.2f}C"


class Fahrenheit(float):
    pass


class Color(tuple):
    _cache = {}

    def __new__(cls, r, g, b):
        key = (r, g, b)
        if key in cls._cache:
            print("  cache hit", key)
            return cls._cache[key]
        for c in key:
            if not 0 <= c <= 255:
                raise ValueError(f"component out of range: {c}")
        obj = super().__new__(cls, key)
        cls._cache[key] = obj
        return obj

    @classmethod
    def from_hex(cls, s):
        s = s.lstrip("#")
        return cls(*(int(s[i:i + 2], 16) for i in (0, 2, 4)))

    @property
    def hex(self):
        return "#" + "".join(f"{c:02x}" for c in self)

    def __repr__(self):
        return f"Color{tuple(self)}"


t = Celsius(21.456)
print(t, t + 1, type(t + 1).__name__, t.to_f(), isinstance(t, float))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)

red = Color(255, 0, 0)
red2 = Color.from_hex("#ff0000")
print(red, red2, red is red2, red.hex, len(red), red[0])
navy = Color.from_hex("000080")
print(navy, navy.hex, sorted(Color._cache))
try:
    Color(1, 2, 300)
except ValueError as e:
    print("ValueError:", e)


class Tracked:
    def __new__(cls, *args):
        print(f"__new__({cls.__name__}, {args})")
        return super().__new__(cls)

    def __init__(self, *args):
        print(f"__init__({args})")
        self.args = args


class NotInit:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never printed")


x = Tracked(1, 2)
print(x.args, NotInit(), type(NotInit()).__name__)
