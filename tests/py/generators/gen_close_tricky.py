# Corner cases: yield in finally during close, return in finally, generator
# expressions' throw/close, throw handled inside with, cycles via self.
# tricky cases
def g1():
    try:
        yield 1
    finally:
        yield 'in finally'
a = g1(); next(a)
try:
    a.close()
except RuntimeError as e:
    print('g1', e)
try:
    next(a)
except GeneratorExit as e:
    print('GeneratorExit resurfaces', repr(e))

def g2():
    try:
        yield 1
    finally:
        return 'ret in finally'
b = g2(); next(b)
print('g2 close', b.close())

def g3():
    for i in range(3):
        try:
            yield i
        except ValueError:
            print('swallow at', i)
c = g3()
print(next(c), c.throw(ValueError), c.throw(ValueError))
try:
    c.throw(ValueError)
except StopIteration as e:
    print('stop', e.value)

ge = (x * 2 for x in range(5))
print(next(ge), ge.send(None))
ge.close()
print(list(ge))
print(ge.__name__, ge.__qualname__)
try:
    ge.throw(KeyError('x'))
except KeyError as e:
    print('genexp throw', e)

def g4():
    x = yield
    while True:
        x = yield x * 2
d = g4(); next(d)
print([d.send(i) for i in range(4)])

# generator in class method, closes at del of instance
class Holder:
    def __init__(self):
        self.gen = self.make()
        next(self.gen)
    def make(self):
        try:
            yield
        finally:
            print('holder gen closed')
h = Holder()
del h
print('after holder')

# exceptions inside generator expressions propagate
try:
    list(1 // x for x in [1, 0])
except ZeroDivisionError as e:
    print('genexpr', e)

# yield inside with inside try
class CM:
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit', a[0].__name__ if a[0] else None); return False
def g5():
    try:
        with CM():
            yield 1
            yield 2
    except ValueError:
        print('caught after exit')
        yield 'recovered'
e5 = g5(); next(e5)
print(e5.throw(ValueError))
print(next(e5, 'end'))

# send to a generator paused in a yield-from over a generator expression
def g6():
    r = yield from (i for i in range(3))
    return r
f6 = g6()
print(next(f6))
try:
    f6.send(5)
except AttributeError as e:
    print('AttributeError', e)
def g7():
    yield from iter([1, 2])
f7 = g7(); next(f7)
try:
    f7.throw(TypeError('t7'))
except TypeError as e:
    print('t7', e)
