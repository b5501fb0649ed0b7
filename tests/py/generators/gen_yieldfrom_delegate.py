# yield from passes send/throw/close to the sub-generator and gives its
# return value.
def sub():
    total = 0
    while True:
        try:
            x = yield total
        except ValueError as e:
            print('sub caught', e)
            total = -1
            continue
        if x is None:
            return total
        total += x

def outer():
    result = yield from sub()
    print('sub returned', result)
    result2 = yield from sub()
    return result + result2

g = outer()
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.throw(ValueError('reset')))
print(g.send(3))
print(g.send(None))       # first sub returns 2, second sub starts
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('outer returned', e.value)

# an exception the sub-generator does not handle goes on in the outer one
def fragile():
    yield 1
    yield 2

def guard():
    try:
        yield from fragile()
    except KeyError as e:
        print('outer caught', repr(e))
        yield 'recovered'

gd = guard()
print(next(gd))
print(gd.throw(KeyError('k')))
print(next(gd, 'end'))

# close() closes the sub-generator first, then the outer one
def sub_fin():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('sub finally')

def outer_fin():
    try:
        yield from sub_fin()
    finally:
        print('outer finally')

of = outer_fin()
print(next(of))
of.close()
print(next(of, 'closed'))

# GeneratorExit reaches the sub-generator's handler
def sub_sees():
    try:
        yield 1
    except GeneratorExit:
        print('sub sees GeneratorExit')
        raise

def outer_sees():
    try:
        yield from sub_sees()
    except GeneratorExit:
        print('outer sees GeneratorExit')
        raise

os_ = outer_sees()
next(os_)
os_.close()

# a sub-generator raising during close: that exception goes to the outer
def sub_bad():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError('sub close failed')

def outer_bad():
    try:
        yield from sub_bad()
    except KeyError as e:
        print('outer got', repr(e))
        raise

ob = outer_bad()
next(ob)
try:
    ob.close()
except KeyError as e:
    print('close raised', repr(e))

# a sub-generator returning from its throw handler: the value is yield from's
def sub_ret():
    try:
        yield 'x'
    except ValueError:
        return 'from handler'

def outer_ret():
    v = yield from sub_ret()
    print('yield from gave', v)
    yield 'after'

orr = outer_ret()
next(orr)
print(orr.throw(ValueError))

# a StopIteration thrown into the delegate becomes RuntimeError there
def outer_stop():
    try:
        yield from fragile()
    except RuntimeError as e:
        print('outer got', e)
        yield 'ok'

ost = outer_stop()
next(ost)
print(ost.throw(StopIteration))

# deep delegation chains
def leaf(n):
    x = yield n
    return (n, x)

def chain(depth):
    if depth == 0:
        r = yield from leaf(depth)
        return [r]
    r = yield from chain(depth - 1)
    return r + [depth]

c = chain(4)
print(next(c))
try:
    c.send('sent')
except StopIteration as e:
    print(e.value)

c2 = chain(3)
next(c2)
try:
    c2.throw(IndexError('deep'))
except IndexError as e:
    print('deep throw propagated', e)
print(next(c2, 'finished'))

# gi_running of both during delegation
def inner_watch():
    print('inner running:', iw.gi_running, 'outer running:', ow.gi_running)
    yield

def outer_watch():
    yield from iw

iw = inner_watch()
ow = outer_watch()
next(ow)
print(iw.gi_running, ow.gi_running)

# the delegate is the same sub-generator, even re-entered through it
def reentrant():
    yield from r_outer

r_outer = reentrant()
try:
    next(r_outer)
except ValueError as e:
    print(type(e).__name__, e)
