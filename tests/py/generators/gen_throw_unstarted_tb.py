# Thrown into a generator that never ran: the traceback names the def line.
def gen(a,
        b):
    yield a
    yield b

g = gen(1, 2)
g.throw(TypeError, 'never started')
