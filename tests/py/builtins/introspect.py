class A:
    y = 5
    def m(self):
        return 1
class B(A):
    pass
a = B()
a.x = 1
print(getattr(a, 'x'), getattr(a, 'y'), getattr(a, 'z', 'dflt'), getattr(a, 'm')())
print(hasattr(a, 'x'), hasattr(a, 'nope'), hasattr([], 'append'), hasattr(1, 'foo'))
setattr(a, 'z', 3)
print(a.z, vars(a))
delattr(a, 'z')
print(hasattr(a, 'z'), vars(a))
setattr(B, 'w', 9)
print(B.w, a.w)
print(callable(len), callable(A), callable(a), callable(a.m), callable(1), callable([].append), callable(lambda: 0))
print(issubclass(B, A), issubclass(A, B), issubclass(bool, int), issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, Exception)), issubclass(int, str))
print(id(a) == id(a), id(a) != id(A), isinstance(id(a), int))
x = [1]
y = x
print(id(x) == id(y))
print(getattr([1, 2], 'count')(1), type(1).__name__, int.__name__)
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
t(lambda: getattr(1, 2))
t(lambda: getattr(a, 'q'))
t(lambda: setattr(1, 'x', 2))
t(lambda: delattr(a, 'q'))
t(lambda: delattr(B, 'q'))
t(lambda: hasattr(1, 2))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: vars(1))
t(lambda: getattr(1))
t(lambda: setattr([], 'append', 1))
t(lambda: getattr([], 'zz'))
t(lambda: id())
t(lambda: callable())
