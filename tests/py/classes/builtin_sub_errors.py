# Class statements with built-in bases: MROs, layout conflicts, isinstance,
# attribute errors, descriptors applied to the wrong type.


class I(int):
    pass


class J(I):
    pass


class L(list):
    pass


print(J.__mro__, L.__mro__, L.__bases__, J.__name__)
print(issubclass(J, int), issubclass(L, list), issubclass(L, dict), issubclass(I, object))
print(isinstance(J(3), I), isinstance(J(3), int), isinstance(I(3), str), isinstance(L(), (dict, list)))
print(type(J(4) + J(5)).__name__, J(4) + J(5), type(J(1)) is J, type(L()) is L, type(L()) is list)
try:

    class X(int, str):
        pass

except TypeError as e:
    print("TypeError", e)
try:

    class Y(bool):
        pass

except TypeError as e:
    print("TypeError", e)
try:

    class Z(Exception, int):
        pass

except TypeError as e:
    print("TypeError", e)
try:

    class W(L, dict):
        pass

except TypeError as e:
    print("TypeError", e)


class Both(L, list):
    pass


print(Both([1]), Both.__mro__)
l = L([1, 2])
l.x = 5
print(l.x, l.__dict__, vars(l), l.__class__.__name__)
try:
    l.nope
except AttributeError as e:
    print("AttributeError", e)
try:
    I(3).nope
except AttributeError as e:
    print("AttributeError", e)
try:
    list.append(I(3), 1)
except TypeError as e:
    print("TypeError", e)
try:
    dict.__getitem__([], 0)
except TypeError as e:
    print("TypeError", e)
print(list.__len__(L([1, 2])), L([1]).__len__(), L([5]).__getitem__(0), int.__add__(I(3), 4))
print(dict.__repr__({1: 2}), list.__getitem__(L([7]), 0), str.upper(S("x")) if False else "skip")


class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))

    def __init__(self, x, y):
        self.norm = abs(x) + abs(y)


pt = Point(3, -4)
print(pt, pt.norm, type(pt).__name__)
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)


class Weird(int):
    def __new__(cls, v):
        return "not an instance"

    def __init__(self, v):
        print("never")


print(Weird(1))
for f, a in [(dict.__init__, (3,)), (tuple.__new__, (int, 1)), (tuple.__new__, (3, 1)), (tuple.__new__, (L, 1)), (list.__contains__, (3, 1))]:
    try:
        f(*a)
    except TypeError as e:
        print("TypeError", e)
