print(isinstance(1, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance('s', str), isinstance(True, int))
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set), isinstance(None, type(None)))
print(isinstance(1, (str, (list, int))), isinstance(int, type), isinstance(type, type), isinstance(object(), object))
print(issubclass(bool, int), issubclass(int, object), issubclass(int, (str, int)), issubclass(KeyError, LookupError), issubclass(list, list))
print(type(1), type('a'), type([]), type(None), type(type), type(1.0) is float, type(True) is bool, type(len))
print(type(1).__name__, type(int).__name__, int.__name__, object.__name__)
class A:
    pass
class B(A):
    pass
b = B()
print(isinstance(b, A), isinstance(b, B), type(b) is A, type(b) is B, issubclass(B, A), issubclass(A, B), type(b).__name__)
print(type(b) == B, B.__bases__ == (A,), A.__bases__[0].__name__)
for bad in [lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: issubclass(int, 'x')]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(type('X', (), {}).__name__ if False else 'skip')
