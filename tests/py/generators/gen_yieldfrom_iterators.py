# yield from over iterators that are not generators: lists, iterators with
# send/throw/close methods, user iterators with return values.
def over(it):
    r = yield from it
    return r

print(list(over([1, 2, 3])))
print(list(over(range(4))))
print(list(over('ab')))
print(list(over({'k': 1, 'j': 2})))

g = over(range(2))
next(g)
try:
    g.send('x')
except AttributeError as e:
    print(type(e).__name__, e)

# a user iterator: StopIteration's value is yield from's value
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration('liftoff')
        self.n -= 1
        return self.n

def launch():
    r = yield from Countdown(3)
    print('countdown returned', r)

print(list(launch()))

# an iterator with send/throw/close methods gets them called
class Echo:
    def __init__(self):
        self.log = []
        self.count = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.count += 1
        if self.count > 5:
            raise StopIteration('done')
        return 'next%d' % self.count
    def send(self, v):
        self.log.append(('send', v))
        if v == 'stop':
            raise StopIteration('stopped by send')
        return 'sent ' + repr(v)
    def throw(self, *args):
        self.log.append(('throw', len(args), type(args[0]).__name__))
        if isinstance(args[0], KeyError) or args[0] is KeyError:
            return 'handled KeyError'
        if args[0] is ZeroDivisionError:
            raise StopIteration('stopped by throw')
        raise args[0]
    def close(self):
        self.log.append(('close',))

e = Echo()
def deleg():
    r = yield from e
    print('deleg got', r)
    yield 'after'

d = deleg()
print(next(d))
print(d.send(1))
print(next(d))
print(d.throw(KeyError))
print(d.throw(KeyError('inst')))
try:
    d.throw(ValueError('not handled'))
except ValueError as x:
    print('propagated', x)
print(e.log)

e = Echo()
d = deleg()
next(d)
print(d.send('stop'))
print(e.log)

e = Echo()
d = deleg()
next(d)
print(d.throw(ZeroDivisionError))

e = Echo()
d = deleg()
next(d)
d.close()
print(e.log)

# no throw method: the exception is raised at the yield from
class Plain:
    def __iter__(self):
        return self
    def __next__(self):
        return 1

def deleg_plain():
    try:
        yield from Plain()
    except KeyError as x:
        print('outer caught', repr(x))
        yield 'recovered'

dp = deleg_plain()
print(next(dp))
print(dp.throw(KeyError('kk')))
dp.close()

# close method raising: the error comes out of close()
class BadClose:
    def __iter__(self):
        return self
    def __next__(self):
        return 2
    def close(self):
        raise OSError('cannot close')

def deleg_bad():
    yield from BadClose()

db = deleg_bad()
next(db)
try:
    db.close()
except OSError as x:
    print(type(x).__name__, x)

# send(None) uses __next__ even when the iterator has send
e = Echo()
d = deleg()
next(d)
print(d.send(None))
print(e.log)
