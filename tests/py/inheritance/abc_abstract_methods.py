# abc.ABC with abstractmethod: instantiation fails until all abstract
# methods (including abstract properties and classmethods) are overridden;
# __abstractmethods__ lists them; abstract methods can be called via super.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        return 0

    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def unit(cls):
        ...

    def describe(self):
        return f"{self.name}: {self.area()} {self.unit()}"


print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)


class Partial(Shape):
    def area(self):
        return super().area() + 1


print(sorted(Partial.__abstractmethods__))
try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)


class Square(Partial):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2 + super().area()

    @property
    def name(self):
        return "square"

    @classmethod
    def unit(cls):
        return "cm2"


sq = Square(3)
print(sq.describe(), isinstance(sq, Shape), Square.__abstractmethods__)


class Later(ABC):
    @abstractmethod
    def run(self):
        pass


Later.run = lambda self: "patched"
try:
    Later()
except TypeError as e:
    print(type(e).__name__, e)
print(getattr(Shape.area, "__isabstractmethod__", False), getattr(Square.area, "__isabstractmethod__", False))
