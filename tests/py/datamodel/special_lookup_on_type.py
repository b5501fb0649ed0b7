# Implicit special-method lookup goes to the type, not the instance:
# instance attributes named __len__ etc. are ignored by len(), and
# __getattr__/__getattribute__ are not consulted for operators.


class Box:
    def __len__(self):
        return 1

    def __repr__(self):
        return "Box()"


b = Box()
b.__len__ = lambda: 99
print(len(b), b.__len__())
b.__repr__ = lambda: "instance repr"
print(repr(b), b.__repr__())


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        print("  __getattr__", name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
print(p.count(1), p.__len__())
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    p[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    p + [1]
except TypeError as e:
    print(type(e).__name__, e)


class Meta(type):
    def __len__(cls):
        return 7

    def __getitem__(cls, key):
        return f"{cls.__name__}[{key}]"

    def __invert__(cls):
        return "inverted class"


class WithMeta(metaclass=Meta):
    def __len__(self):
        return 3


print(len(WithMeta), len(WithMeta()), WithMeta["int"], ~WithMeta)


class Swap:
    def __add__(self, other):
        return "first add"


s = Swap()
print(s + 1)
Swap.__add__ = lambda self, other: "patched add"
print(s + 1)
del Swap.__add__
try:
    s + 1
except TypeError as e:
    print(type(e).__name__, e)
Swap.__bool__ = lambda self: False
print(bool(s), "truthy" if s else "falsy")
