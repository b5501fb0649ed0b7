# Function decorators applied to methods (wrapper receives self), combined
# with classmethod/staticmethod/property in both orders, and decorators
# that read instance state before calling the method.
import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kw):
        first = args[0]
        who = first.__name__ if isinstance(first, type) else type(first).__name__
        print(f"  {fn.__qualname__} called on {who}")
        return fn(*args, **kw)
    return wrapper


def requires_open(fn):
    @functools.wraps(fn)
    def wrapper(self, *args):
        if not self.is_open:
            raise RuntimeError(f"{fn.__name__} on closed {type(self).__name__}")
        return fn(self, *args)
    return wrapper


class Door:
    made = 0

    def __init__(self):
        self.is_open = False

    @logged
    def open(self):
        self.is_open = True
        return self

    @requires_open
    def walk_through(self, who):
        return f"{who} walked through"

    @classmethod
    @logged
    def create(cls):
        cls.made += 1
        return cls()

    @staticmethod
    @logged
    def material(kind):
        return f"wood:{kind.__name__}"

    @property
    @logged
    def state(self):
        return "open" if self.is_open else "closed"


d = Door.create()
print(d.state, Door.made)
try:
    d.walk_through("ann")
except RuntimeError as e:
    print(type(e).__name__, e)
print(d.open().walk_through("ann"), d.state)
print(Door.material(int), Door.walk_through.__name__, Door.open.__wrapped__.__qualname__)
