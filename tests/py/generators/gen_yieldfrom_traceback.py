# A throw through yield from: the traceback shows both yields.
def inner():
    yield 'inner'

def middle():
    result = yield from inner()
    return result

def outer():
    yield from middle()

g = outer()
print(next(g))
g.throw(ValueError('through the chain'))
