# An exception leaving a @contextmanager with body keeps its own traceback
# (the generator's frame it passed through is not added).
from contextlib import contextmanager


@contextmanager
def managed():
    print('enter')
    try:
        yield
    finally:
        print('exit')


def work():
    with managed():
        raise ValueError('from the body')


work()
