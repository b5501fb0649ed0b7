# The order of class-creation hooks: metaclass __prepare__, class body,
# metaclass __new__ (where type.__new__ calls __set_name__ then the parent's
# __init_subclass__), metaclass __init__, then class decorators.


def log(msg):
    print("  " + msg)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log(f"__prepare__ {name} {kw}")
        return {}

    def __new__(mcls, name, bases, ns, **kw):
        log(f"Meta.__new__ {name} before type.__new__")
        cls = super().__new__(mcls, name, bases, ns, **kw)
        log(f"Meta.__new__ {name} after type.__new__")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        log(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns, **kw)


class Attr:
    def __set_name__(self, owner, name):
        log(f"__set_name__ {owner.__name__}.{name}")


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        log(f"__init_subclass__ {cls.__name__} {kw}")


def deco(cls):
    log(f"decorator {cls.__name__}")
    return cls


print("start")


@deco
class Child(Base, option=1):
    log("class body runs")
    field = Attr()


print("done", type(Child).__name__)
