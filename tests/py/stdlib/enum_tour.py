from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color))
print(Color(2), Color['BLUE'], Color.CRIMSON is Color.RED)
print(Color.__members__)
print(isinstance(Color.RED, Color), type(Color.RED), Color)
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN)
print(f"{Color.GREEN}", "{}".format(Color.BLUE), str(Color.RED))
print({Color.RED: "r"}[Color.CRIMSON])
try:
    Color(7)
except ValueError as e:
    print("ValueError", e)
try:
    Color['PINK']
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError", e)
print(Color.RED in Color)

class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    def describe(self):
        return f"{self.name.lower()} #{self.value}"
    @property
    def sides(self):
        return 4 if self is Shape.SQUARE else 0
print([s.describe() for s in Shape], Shape.SQUARE.sides)

class Prio(IntEnum):
    LOW = 1
    HIGH = 3
print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, str(Prio.LOW), repr(Prio.HIGH), f"{Prio.HIGH:>4}")
print(sorted([Prio.HIGH, Prio.LOW]), Prio(3), int(Prio.HIGH), Prio.LOW == 1)

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, bool(Perm.R & Perm.X))
print(repr(~Perm.R), list(rw), Perm(7), repr(Perm(0)))

class Mode(IntFlag):
    A = 1
    B = 2
print(Mode.A | Mode.B, repr(Mode.A | 4), Mode.A | 2 == 3)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(round(Planet.EARTH.surface_gravity, 3), Planet.MERCURY.value)

class Dir(StrEnum):
    NORTH = auto()
    SOUTH = "s"
print(Dir.NORTH, repr(Dir.SOUTH), Dir.NORTH == "north", Dir("s"))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
