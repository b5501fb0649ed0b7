# Enums with methods, properties, tuple values via __init__, and a state machine.
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, f"{p.surface_gravity:.2f}")


class Light(Enum):
    RED = "red"
    GREEN = "green"
    YELLOW = "yellow"

    def next(self):
        order = list(type(self))
        return order[(order.index(self) + 1) % len(order)]

    @classmethod
    def parse(cls, text):
        return cls(text.strip().lower())

    def __str__(self):
        return self.value.upper()


s = Light.RED
seq = []
for _ in range(5):
    seq.append(str(s))
    s = s.next()
print(seq, Light.parse("  Yellow "), repr(Light.GREEN))


class Status(str, Enum):
    OK = "ok"
    FAIL = "fail"


print(Status.OK == "ok", Status.OK.upper(), sorted(Status), Status("fail").name, isinstance(Status.OK, str))
print(Light.__name__, Light.RED.__class__ is Light, Light.YELLOW.next() is Light.RED)
