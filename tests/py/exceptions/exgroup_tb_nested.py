# An uncaught group of groups with a cause and a context inside: CPython's boxes.
def f():
    raise ValueError('leaf')
def g():
    try:
        f()
    except ValueError as e:
        inner = ExceptionGroup('inner', [e, KeyError('k')])
    raise ExceptionGroup('outer', [inner, TypeError('t')]) from OSError('cause')
try:
    raise IndexError('ctx')
except IndexError:
    g()
