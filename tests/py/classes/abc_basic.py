import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"

print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)

class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(type(e).__name__, e)

class Square(Half):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), issubclass(Square, Shape))
print(type(Shape) is ABCMeta, type(Square).__name__, Square.__abstractmethods__ == frozenset())
print(repr(ABC), repr(Shape), ABCMeta.__name__)

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(Base.__abstractmethods__))
class Impl(Base):
    @property
    def name(self): return "impl"
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return 5
print(Impl.make().name, Impl.helper())

class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return getattr(C, "__len__", None) is not None
        return NotImplemented
class HasLen:
    def __len__(self): return 0
class NoLen: pass
print(isinstance(HasLen(), Sized), isinstance(NoLen(), Sized), issubclass(HasLen, Sized))

class Animal(ABC): pass
class Robot: pass
print(isinstance(Robot(), Animal))
Animal.register(Robot)
print(isinstance(Robot(), Animal), issubclass(Robot, Animal), issubclass(Robot, (int, Animal)))
@Animal.register
class Alien: pass
print(Alien.__name__, isinstance(Alien(), Animal))
class Dog(Animal): pass
class Pet(ABC): pass
Pet.register(Dog)
class Puppy(Dog): pass
print(issubclass(Puppy, Pet), isinstance(Puppy(), Animal))
class Mammal(Animal): pass
class Whale: pass
Mammal.register(Whale)
print(issubclass(Whale, Animal), issubclass(Whale, Mammal), issubclass(Animal, Mammal))
try:
    Animal.register(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Mammal.register(Animal)
except RuntimeError as e:
    print(type(e).__name__, e)
print(isinstance(5, Animal), isinstance(5, Sized))

class WithInit(ABC):
    def __init__(self, v):
        self.v = v
    @abstractmethod
    def run(self): ...
class Runner(WithInit):
    def run(self): return self.v * 2
print(Runner(21).run())

class Mixed(ABC):
    x = 1
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
    @abstractmethod
    def c(self): ...
try:
    Mixed()
except TypeError as e:
    print(e)
print(getattr(Mixed.a, "__isabstractmethod__", False), hasattr(Square.area, "__isabstractmethod__"))

class Late(ABC):
    def f(self): return 1
Late.g = abstractmethod(lambda self: 2)
abc.update_abstractmethods(Late)
print(sorted(Late.__abstractmethods__))
try:
    Late()
except TypeError as e:
    print(e)
