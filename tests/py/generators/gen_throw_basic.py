# throw(): class, instance, (type, value), (type, value, None); caught or not.
def catcher():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print('caught ValueError', e.args)
            n += 10
        except KeyError as e:
            print('caught KeyError', repr(e))
            n += 100
        n += 1

g = catcher()
print(next(g))
print(g.throw(ValueError))
print(g.throw(ValueError('inst')))
print(g.throw(ValueError, 'val'))
print(g.throw(ValueError, ('a', 'b')))
print(g.throw(ValueError, ValueError('same')))
print(g.throw(KeyError, None))
print(g.throw(KeyError, 'k', None))

class MyErr(ValueError):
    def __init__(self, *args):
        print('MyErr made with', args)
        super().__init__(*args)

print(g.throw(MyErr))
print(g.throw(MyErr, 'x'))
print(g.throw(MyErr('y')))
# a value of a subclass is used as it is
print(g.throw(ValueError, MyErr('sub')))

# uncaught: propagates to the caller, generator finished
try:
    g.throw(IndexError('out'))
except IndexError as e:
    print('propagated', type(e).__name__, e)
print(next(g, 'finished'))
# throw into a finished generator raises in the caller
try:
    g.throw(TypeError('late'))
except TypeError as e:
    print('finished throw', e)

# throw into a generator that has not started: raised at once
def never():
    print('never runs')
    yield 1

n = never()
try:
    n.throw(KeyError('early'))
except KeyError as e:
    print('unstarted', repr(e))
print(next(n, 'finished'))

# bad arguments: the generator stays paused
def simple():
    yield 1
    yield 2

s = simple()
next(s)
for args in [(), (1,), ('str',), (ValueError('i'), 1), (ValueError, 1, 2),
             (ValueError, None, None, None), (object,), (int,)]:
    try:
        s.throw(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(next(s))

# a thrown StopIteration is PEP 479's RuntimeError
s2 = simple()
next(s2)
try:
    s2.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
s3 = simple()
try:
    s3.throw(StopIteration('unstarted'))
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

# the generator yields from its handler: throw returns that value
def answer():
    while True:
        try:
            yield 'normal'
        except Exception as e:
            yield 'handled ' + type(e).__name__

a = answer()
print(next(a))
print(a.throw(ZeroDivisionError))
print(next(a))
print(a.throw(OSError('x')))

# the generator returns from its handler: StopIteration with the value
def give_up():
    try:
        yield 1
    except ValueError:
        return 'gave up'

gu = give_up()
next(gu)
try:
    gu.throw(ValueError)
except StopIteration as e:
    print('StopIteration', e.value)

# the handler raises another exception: chained to the thrown one
def convert():
    try:
        yield 1
    except ValueError as e:
        raise KeyError('converted') from e

cv = convert()
next(cv)
try:
    cv.throw(ValueError('orig'))
except KeyError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__))

# __context__: the exception the generator was handling, not the caller's
def handling():
    try:
        raise OSError('inside')
    except OSError:
        yield 1

h = handling()
next(h)
try:
    raise IndexError('caller')
except IndexError:
    try:
        h.throw(ValueError('thrown'))
    except ValueError as e:
        print(repr(e.__context__))

def plain():
    yield 1

p = plain()
next(p)
try:
    raise IndexError('caller')
except IndexError:
    try:
        p.throw(ValueError('thrown'))
    except ValueError as e:
        print(repr(e.__context__))

# finally blocks run on the way out
def with_finally():
    try:
        yield 1
    finally:
        print('finally ran')

wf = with_finally()
next(wf)
try:
    wf.throw(RuntimeError('boom'))
except RuntimeError as e:
    print('got', e)

# an exception raised inside a generator keeps the context it got there
def raiser():
    try:
        raise KeyError('in gen')
    except KeyError:
        raise ValueError('from gen')
    yield

try:
    raise IndexError('caller')
except IndexError:
    try:
        next(raiser())
    except ValueError as e:
        print(repr(e.__context__))

def raiser2():
    raise ValueError('no handler in gen')
    yield

try:
    raise IndexError('caller')
except IndexError:
    try:
        next(raiser2())
    except ValueError as e:
        print(repr(e.__context__))
