# Assigning __cause__/__context__/__suppress_context__/__traceback__ and
# plain attributes on exceptions; sys.exc_info() and sys.exception().
import sys

e = ValueError('v')
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError('cause')
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
e.__context__ = IndexError('ctx')
print(repr(e.__context__), e.__suppress_context__)
for name, bad in [('__cause__', 1), ('__context__', 'x'), ('__traceback__', 3)]:
    try:
        setattr(e, name, bad)
    except TypeError as x:
        print(type(x).__name__, x)
e.note = 'extra'
print(e.note)


class MyErr(Exception):
    pass


m = MyErr('m')
m.__context__ = e
m.detail = 7
print(repr(m.__context__), m.detail)

print(sys.exc_info(), sys.exception())
try:
    raise KeyError('handled')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v)
    try:
        raise OSError('inner')
    except OSError:
        print(sys.exc_info()[0].__name__, repr(sys.exception()))
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())

# a traceback taken from one exception and given to another
try:
    raise ValueError('first')
except ValueError as x:
    tb = x.__traceback__
print(type(tb).__name__)
later = RuntimeError('later')
later.__traceback__ = tb
print(type(later.__traceback__).__name__)
later.__traceback__ = None
print(later.__traceback__)


# a chain built by hand is printed
def chained():
    a = KeyError('a')
    b = ValueError('b')
    b.__context__ = a
    raise b


try:
    chained()
except ValueError as x:
    print(repr(x.__context__))
chained()
