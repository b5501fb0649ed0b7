# An exception escaping close() shows the generator's frame.
def gen():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError('while closing')

g = gen()
next(g)
g.close()
