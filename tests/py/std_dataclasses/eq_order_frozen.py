# Generated __eq__, order=True comparisons, frozen=True immutability and hashing.
from dataclasses import FrozenInstanceError, dataclass


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2)]
print(sorted(vs))
print(Version(1) == Version(1, 0, 0), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 99))
print(Version(1) == (1, 0, 0), max(vs))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError", e)


@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


p = Point(1.0, 2.0)
print(p, p.moved(1, 1), p == Point(1.0, 2.0), hash(p) == hash(Point(1.0, 2.0)))
print({p: "here"}[Point(1.0, 2.0)], len({p, Point(1.0, 2.0), Point(0, 0)}))
try:
    p.x = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del p.y
except FrozenInstanceError as e:
    print(type(e).__name__, e)


@dataclass
class Mutable:
    v: int


print(Mutable.__hash__ is None, Mutable(1) == Mutable(1), Mutable(1) != Mutable(2))
try:
    hash(Mutable(1))
except TypeError as e:
    print("TypeError", e)


@dataclass(eq=False)
class Identity:
    v: int


i = Identity(1)
print(i == Identity(1), i == i, hash(i) == hash(i))
try:
    @dataclass(order=True, eq=False)
    class Broken:
        a: int
except ValueError as e:
    print("ValueError", e)
