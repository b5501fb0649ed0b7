# send(): values into a paused yield, the just-started rule, return values.
def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)
    return received

g = echo()
print(g.send(None))
print(g.send('a'))
print(g.send('b'))
print(g.send(3))
try:
    g.send(None)
except StopIteration as e:
    print('StopIteration', e.value, e.args)
try:
    g.send(1)
except StopIteration as e:
    print('finished send', repr(e.value), e.args)
print(next(g, 'exhausted'))

# the just-started check
g2 = echo()
for bad in [1, 'x', 0, False, [], ()]:
    try:
        g2.send(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(g2.send(None))

# send() arity and keywords
for args in [(), (1, 2)]:
    try:
        g2.send(*args)
    except TypeError as e:
        print(type(e).__name__, e)

# running totals: a coroutine-style accumulator
def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count

a = averager()
next(a)
for x in [10, 20, 30, 5]:
    print(a.send(x))

# return values of many kinds reach StopIteration.value
def returner(v):
    yield 'once'
    return v

for v in [None, 0, 'str', (1, 2), [3], (), {'k': 1}]:
    r = returner(v)
    next(r)
    try:
        next(r)
    except StopIteration as e:
        print(repr(e.value), e.args)

# a tuple return value stays one argument
r = returner((1, 2, 3))
next(r)
try:
    r.send(None)
except StopIteration as e:
    print(e.value, len(e.args))

# send values computed from the yielded ones
def doubler():
    x = yield 1
    while x < 100:
        x = yield x * 2
    return x

d = doubler()
v = next(d)
try:
    while True:
        v = d.send(v + 1)
        print('yielded', v)
except StopIteration as e:
    print('final', e.value)

# __name__ / __qualname__, gi_running, gi_frame once finished
class Holder:
    def method(self):
        yield self

def outer():
    def inner():
        yield 1
    return inner()

for gen in [echo(), Holder().method(), outer()]:
    print(gen.__name__, gen.__qualname__, gen.gi_running)
fin = returner(1)
for _ in fin:
    pass
print(fin.gi_frame, fin.gi_running)
print(type(fin).__name__)

def watch():
    print('inside, running:', w.gi_running)
    yield
    print('again, running:', w.gi_running)
    yield

w = watch()
next(w)
print('outside, running:', w.gi_running)
next(w)
