def echo():
    received = None
    while True:
        received = yield received
        if received == 'stop':
            return 'stopped'
e = echo()
print(next(e), e.send(1), e.send('two'))
try:
    e.send('stop')
except StopIteration as ex:
    print('value', ex.value)
def inner():
    yield 1
    yield 2
    return 'inner result'
def outer():
    r = yield from inner()
    print('inner returned', r)
    yield from [10, 20]
    yield from range(3)
print(list(outer()))
def averager():
    total, count, avg = 0, 0, None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
a = averager()
next(a)
print(a.send(10), a.send(20), a.send(60))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
c = closing()
print(next(c))
c.close()
print('closed')
def thrower():
    try:
        yield 1
    except ValueError as err:
        print('caught inside', err)
        yield 'recovered'
t = thrower()
next(t)
print(t.throw(ValueError('boom')))
