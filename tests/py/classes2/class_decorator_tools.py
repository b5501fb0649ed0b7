# Class decorators: adding methods, auto-repr, registering, and counting instances.
import functools

REGISTRY = []


def register(cls):
    REGISTRY.append(cls.__name__)
    return cls


def auto_repr(*fields):
    def deco(cls):
        def __repr__(self):
            parts = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
            return f"{cls.__name__}({parts})"
        cls.__repr__ = __repr__
        return cls
    return deco


def count_instances(cls):
    original_init = cls.__init__

    @functools.wraps(original_init)
    def __init__(self, *args, **kwargs):
        type(self).instances = getattr(type(self), "instances", 0) + 1
        original_init(self, *args, **kwargs)

    cls.__init__ = __init__
    return cls


def singleton(cls):
    instances = {}

    @functools.wraps(cls, updated=())
    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    return get


@register
@auto_repr("x", "y")
@count_instances
class Point:
    def __init__(self, x, y):
        """Create a point."""
        self.x = x
        self.y = y


@register
@singleton
class Config:
    def __init__(self, env="dev"):
        self.env = env


p = Point(1, 2)
q = Point(y=5, x=-3)
print(p, q, Point.instances)
print(Point.__init__.__name__, Point.__init__.__doc__)
print(REGISTRY)
c1 = Config("prod")
c2 = Config("test")
print(c1 is c2, c1.env, Config.__name__, callable(Config), isinstance(Config, type))


@auto_repr("name")
class Animal:
    def __init__(self, name):
        self.name = name


@auto_repr("name", "tricks")
class Dog(Animal):
    def __init__(self, name, *tricks):
        super().__init__(name)
        self.tricks = list(tricks)


print(Animal("cat"), Dog("rex", "sit", "roll"))
print(Dog.__repr__ is Animal.__repr__, Dog.__repr__.__qualname__)
