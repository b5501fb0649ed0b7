# Context managers as decorators (ContextDecorator), including
# @contextmanager ones, which get a fresh generator for every call.
from contextlib import contextmanager, ContextDecorator


@contextmanager
def announce(label):
    print('start', label)
    try:
        yield
    finally:
        print('end', label)


@announce('work')
def work(x, y=1):
    print('working', x, y)
    return x * y


print(work(3))
print(work(4, y=5))
print(work.__name__)


class Tracker(ContextDecorator):
    def __init__(self):
        self.depth = 0

    def __enter__(self):
        self.depth += 1
        print('enter depth', self.depth)
        return self

    def __exit__(self, *exc):
        print('exit depth', self.depth, 'exc:', exc[0].__name__ if exc[0] else None)
        self.depth -= 1
        return False


tracker = Tracker()


@tracker
def risky(n):
    if n < 0:
        raise ValueError('negative')
    return n + 1


print(risky(1))
try:
    risky(-1)
except ValueError as e:
    print('raised', e)


@tracker
def recursive(n):
    if n == 0:
        return 0
    return recursive(n - 1) + 1


print(recursive(2))


class Quiet(ContextDecorator):
    def __enter__(self):
        return self

    def __exit__(self, typ, val, tb):
        if typ is not None:
            print('suppressed', typ.__name__)
        return True


@Quiet()
def fails():
    raise KeyError('k')


print(fails())

with Tracker() as t:
    print('used as a with too', t.depth)
