# ValueError: generator already executing, in every way of re-entering.
def self_next():
    yield next(me)

me = self_next()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
print(next(me, 'finished after the error'))

def self_send():
    yield s.send(None)

s = self_send()
try:
    next(s)
except ValueError as e:
    print(type(e).__name__, e)

def self_throw():
    yield t.throw(KeyError)

t = self_throw()
try:
    next(t)
except ValueError as e:
    print(type(e).__name__, e)

def self_close():
    yield c.close()

c = self_close()
try:
    next(c)
except ValueError as e:
    print(type(e).__name__, e)

# the generator stays usable when the error is caught inside
def careful():
    try:
        yield next(k)
    except ValueError as e:
        print('caught inside:', e)
    yield 'after'

k = careful()
print(next(k))
print(next(k, 'end'))

# a generator driving another is fine
def inner():
    yield 1
    yield 2

def driver(it):
    yield next(it) * 10
    yield it.send(None) * 10

print(list(driver(inner())))
