# return, yield, yield from in all positions.
def f():
    return


def g():
    return 1


def h():
    return 1, 2


def i():
    return (yield)


def j():
    yield
    yield 1
    yield 1, 2
    yield from range(3)
    x = yield
    y = yield 1
    z = yield from g()
    print((yield))
    print((yield 1))
    f((yield from x))
    a = [(yield)]
    return (yield from x)


def k():
    await_ = lambda: (yield)
    return [x for x in (yield)]


def m():
    yield *a, *b
    return *a, *b
