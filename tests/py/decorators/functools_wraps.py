# functools.wraps copies __name__, __qualname__, __doc__, __module__,
# __dict__ and sets __wrapped__; without it the wrapper's own metadata
# shows; update_wrapper with custom assigned/updated tuples.
import functools


def plain(fn):
    def wrapper(*a, **k):
        """wrapper doc"""
        return fn(*a, **k)
    return wrapper


def wrapped(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


def area(w, h=1):
    """Area of a rectangle."""
    return w * h


area.unit = "m2"
p, w = plain(area), wrapped(area)
print(p.__name__, p.__doc__, p.__qualname__, hasattr(p, "unit"))
print(w.__name__, w.__doc__, w.__qualname__, w.unit, w.__module__)
print(w.__wrapped__ is area, w(3, h=2), w.__annotations__)


class Shapes:
    @wrapped
    def perimeter(self, a, b):
        """Perimeter."""
        return 2 * (a + b)


print(Shapes.perimeter.__qualname__, Shapes().perimeter(1, 2))
double = wrapped(wrapped(area))
print(double.__wrapped__.__wrapped__ is area, double.__name__)


def partial_copy(fn):
    def wrapper():
        return fn()
    functools.update_wrapper(wrapper, fn, assigned=("__doc__",), updated=())
    return wrapper


def target():
    """target doc"""
    return "t"


target.extra = 1
pc = partial_copy(target)
print(pc.__name__, pc.__doc__, hasattr(pc, "extra"), pc.__wrapped__ is target, pc())
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def annotated(x: int) -> str:
    return str(x)


print(wrapped(annotated).__annotations__)
