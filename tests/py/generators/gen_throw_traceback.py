# The traceback of an exception thrown into a generator names the yield.
def inner():
    x = 1
    yield x
    yield x + 1

def wrapper(g):
    return g.throw(ValueError('thrown'))

g = inner()
print(next(g))
try:
    g.throw(KeyError, 'handled here')
except KeyError as e:
    print('caught', repr(e))
g = inner()
next(g)
wrapper(g)
