# `from m import x, y as z`, inside functions too.
from _basic import VALUE, double as dbl, Point
from _no_all import helper

print(VALUE, dbl(5), Point(3, 4), helper())


def f():
    from _basic import items
    from math import sqrt as root
    return items, root(16)


print(f())


def g():
    import _basic
    return _basic.double(4)


print(g())


class C:
    from _basic import VALUE as v
    import _no_all


print(C.v, C._no_all.two)
