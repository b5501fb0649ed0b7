# close(): GeneratorExit at the paused yield, finally/with exits, outcomes.
def tidy():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')

t = tidy()
print(next(t))
print(t.close())
print(t.close())
print(next(t, 'closed'))

# close before start: nothing runs
t2 = tidy()
print(t2.close())
print(next(t2, 'closed unstarted'))

# close after it finished
t3 = tidy()
print(list(t3))
print(t3.close())

# GeneratorExit seen by the generator
def sees_exit():
    try:
        yield 1
    except GeneratorExit as e:
        print('got', type(e).__name__, repr(e), e.args)
        raise

s = sees_exit()
next(s)
s.close()

# catching GeneratorExit and returning is fine
def returns():
    try:
        yield 1
    except GeneratorExit:
        print('returning')
        return 'ignored value'

r = returns()
next(r)
print(r.close())

# yielding again is the RuntimeError, and the generator stays paused
def stubborn():
    for i in range(2):
        try:
            yield 'still here'
        except GeneratorExit:
            print('not leaving')

st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(st, 'ended'))
print(st.close())

# another exception from the handler propagates out of close()
def raises():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError('from close')

ra = raises()
next(ra)
try:
    ra.close()
except ValueError as e:
    print(type(e).__name__, e, type(e.__context__).__name__)
print(next(ra, 'done'))

# StopIteration raised by the handler: close() still returns None
def stops():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration('stop')

so = stops()
next(so)
print(so.close())

# a with block's __exit__ sees GeneratorExit
class CM:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, typ, val, tb):
        print('exit', typ.__name__ if typ else None)
        return False

def with_cm():
    with CM():
        yield 'in with'
    print('not reached')

w = with_cm()
print(next(w))
w.close()

# a __exit__ that suppresses GeneratorExit: the generator goes on and ends
class Suppress:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print('suppressing', a[0].__name__)
        return True

def suppressed():
    with Suppress():
        yield 1
    print('after with')

su = suppressed()
next(su)
print(su.close())

def suppressed_yields():
    with Suppress():
        yield 1
    yield 2

sy = suppressed_yields()
next(sy)
try:
    sy.close()
except RuntimeError as e:
    print(type(e).__name__, e)

# nested try/finally blocks run innermost first
def nested():
    try:
        try:
            yield 1
        finally:
            print('inner finally')
    finally:
        print('outer finally')

ne = nested()
next(ne)
ne.close()

# close from within a for loop over it
def counter():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print('counter closed at', i)

c = counter()
for x in c:
    if x == 3:
        c.close()
print('loop done')
