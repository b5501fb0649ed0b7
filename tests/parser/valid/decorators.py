# Decorators on functions and classes, including PEP 614 arbitrary expressions.
import functools


@staticmethod
def plain():
    pass


@functools.lru_cache(maxsize=None)
@functools.wraps(plain)
def stacked(x):
    return x


@buttons[0].clicked.connect
def subscripted():
    ...


@(lambda f: f)
def parenthesized_lambda():
    pass


@x if y else z
def conditional():
    pass


@a := b
def walrus_decorator():
    pass


@dataclass(frozen=True)
class Point:
    x: int
    y: int

    @property
    def norm(self):
        return (self.x**2 + self.y**2) ** 0.5

    @norm.setter
    def norm(self, value):
        raise AttributeError


@decorator
async def coroutine():
    await something()
