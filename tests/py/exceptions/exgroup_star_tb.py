# An uncaught group left by except*: a new exception and the unmatched rest.
def f():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('new')
f()
