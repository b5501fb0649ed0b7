# Class decorators receive the finished class and may modify it, replace it,
# or register it; they apply bottom-up and run after __init_subclass__ and
# __set_name__.


registry = []


def register(cls):
    print(f"  register {cls.__name__}")
    registry.append(cls.__name__)
    return cls


def add_repr(cls):
    print(f"  add_repr {cls.__name__}")
    fields = cls.__dict__.get("fields", ())

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{type(self).__name__}({inner})"

    cls.__repr__ = __repr__
    return cls


def with_prefix(prefix):
    def deco(cls):
        print(f"  with_prefix({prefix!r}) {cls.__name__}")
        cls.prefix = prefix
        return cls
    return deco


class Base:
    def __init_subclass__(cls, **kw):
        print(f"  __init_subclass__ {cls.__name__}")


@register
@with_prefix("pt")
@add_repr
class Point(Base):
    fields = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


print(Point(1, "b"), Point.prefix)


def replace_with_function(cls):
    def factory(*args):
        return ("made", cls.__name__, args)
    return factory


@replace_with_function
class Thing:
    pass


print(Thing(1, 2), type(Thing).__name__, Thing.__name__, registry)


def singleton(cls):
    return cls()


@singleton
class settings:
    debug = False

    def toggle(self):
        self.debug = not self.debug
        return self.debug


print(settings.toggle(), settings.toggle(), type(settings).__name__)
