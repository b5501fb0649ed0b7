for args in [(2, 'No such file'), (2, 'No such file', 'x.txt'), (13, 'denied'), (17, 'exists'),
             (111, 'refused'), (104, 'reset'), (32, 'pipe'), (110, 'slow'), (11, 'again'),
             (99, 'other'), ('2', 'str errno'), (2,), (2, 'a', 'b', 'c', 'd', 'e')]:
    e = OSError(*args)
    print(type(e).__name__, repr(str(e)), e.errno, e.strerror, e.filename, e.filename2, e.args)
print(FileNotFoundError(5, 'x').errno, type(FileNotFoundError(13, 'x')).__name__)
try:
    raise ValueError('inner')
except ValueError as inner:
    try:
        raise KeyError('outer') from inner
    except KeyError as e:
        print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('during')
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
e = RuntimeError('plain')
print(e.__cause__, e.__context__, e.__suppress_context__)
print(StopIteration().value, StopIteration(1, 2).value)
def gen():
    yield 1
    return [1, 2]
g = gen()
next(g)
try:
    next(g)
except StopIteration as s:
    print('value', s.value, s.args)
try:
    next(g)
except StopIteration as s:
    print('again', s.value, s.args)
def gen_none():
    yield 1
h = gen_none()
print(next(h), next(h, 'default'))
