# Class definitions: bases, keywords, metaclass, star-args, nesting, docstrings.
class Empty:
    pass


class WithDoc:
    """A docstring."""


class Parens():
    x = 1


class Base(object):
    attr: int = 0
    other: "str"

    def method(self):
        return self.attr


class Multi(A, B, C, metaclass=Meta, flag=True):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


class Starred(*bases, **kw):
    pass


class Outer:
    class Inner:
        class Innermost:
            value = [i for i in range(3)]


class Generic(Base[int], Protocol[T]):
    __slots__ = ("a", "b")


class OneLine: x = 1; y = 2
