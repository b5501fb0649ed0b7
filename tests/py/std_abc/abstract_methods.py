# ABC with abstractmethod: instantiating abstract classes raises TypeError.
from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()} perimeter={self.perimeter()}"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


class HalfDone(Shape):
    def area(self):
        return 0


print(Square(3).describe())
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__), Square.__abstractmethods__)
print(isinstance(Square(1), Shape), issubclass(Square, ABC))


class Base(ABC):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def create(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


class Impl(Base):
    name = "impl"

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"


print(Impl.create().name, Impl.helper(), sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print("TypeError", e)
