# Shape hierarchy with abstract base, properties, classmethod constructors and super().
import math
from abc import ABC, abstractmethod


class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1
        self.id = Shape.count

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"#{self.id} {self.name}: area={self.area():.3f} perim={self.perimeter():.3f}"

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    @classmethod
    def square(cls, side):
        return cls(side, side, name="square")

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @property
    def diagonal(self):
        return math.hypot(self.w, self.h)


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self._r = r

    @property
    def radius(self):
        return self._r

    @radius.setter
    def radius(self, value):
        if value <= 0:
            raise ValueError(f"radius must be positive, got {value}")
        self._r = value

    def area(self):
        return math.pi * self._r ** 2

    def perimeter(self):
        return 2 * math.pi * self._r


shapes = [Rect(3, 4), Rect.square(2.5), Circle(1)]
for s in shapes:
    print(s.describe())
print(shapes, Shape.count)
print(shapes[0].diagonal, type(shapes[1]).__name__, shapes[1].name)
c = shapes[2]
c.radius = 2
print(c.radius, round(c.area(), 4))
try:
    c.radius = -1
except ValueError as e:
    print("ValueError:", e)
try:
    Shape("x")
except TypeError as e:
    print("TypeError:", e)

class Partial(Shape):
    def area(self):
        return 0

try:
    Partial("p")
except TypeError as e:
    print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(Partial.__abstractmethods__), Rect.__abstractmethods__)
print(max(shapes, key=lambda s: s.area()))
print(sorted(shapes, key=lambda s: s.perimeter()))
