# add_note / __notes__ (3.11), with_traceback, and notes in tracebacks,
# inside groups too.
e = ValueError('v')
print(hasattr(e, '__notes__'))
e.add_note('first note')
e.add_note('second\nmultiline note')
print(e.__notes__)
for bad in [1, None, b'x']:
    try:
        e.add_note(bad)
    except TypeError as x:
        print(type(x).__name__, x)
try:
    e.add_note()
except TypeError as x:
    print(type(x).__name__, x)
e2 = KeyError('k')
e2.__notes__ = 'not a list'
try:
    e2.add_note('n')
except TypeError as x:
    print(type(x).__name__, x)


class MyError(Exception):
    pass


m = MyError('mine')
m.add_note('user class note')
print(m.__notes__)

try:
    raise ValueError('with tb')
except ValueError as x:
    tb = x.__traceback__
n = RuntimeError('n')
print(n.with_traceback(tb) is n, type(n.__traceback__).__name__)
print(n.with_traceback(None).__traceback__)


def fail(i):
    err = OSError('failure %d' % i)
    err.add_note('while handling item %d' % i)
    return err


try:
    raise ValueError('plain')
except ValueError as x:
    x.add_note('caught and annotated')
    caught = x

g = ExceptionGroup('batch', [fail(1), fail(2), caught])
g.add_note('the batch note')
raise g
