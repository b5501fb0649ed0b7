# try/except*: splitting groups between clauses, naked exceptions wrapped,
# re-raised parts kept in shape, new exceptions grouped, else/finally.
def show(label, f):
    try:
        f()
        print(label, 'no exception')
    except BaseException as e:
        print(label, '->', type(e).__name__, repr(e))

def t1():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print('ValueError clause:', repr(e))
    except* TypeError as e:
        print('TypeError clause:', repr(e))
show('t1', t1)

def t2():
    try:
        raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
    except* ValueError as e:
        print('handled', repr(e))
show('t2', t2)

def t3():
    try:
        raise ValueError('naked')
    except* ValueError as e:
        print('naked wrapped:', repr(e), repr(e.exceptions[0]))
show('t3', t3)

def t4():
    try:
        raise KeyError('naked unmatched')
    except* ValueError:
        print('no')
show('t4', t4)

def t5():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        pass
show('t5', t5)

def t6():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('new')
show('t6', t6)

def t7():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ExceptionGroup:
        pass
show('t7', t7)

def t8():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* (TypeError, ValueError) as e:
        import sys
        print('exc_info is the match:', sys.exc_info()[1] is e)
    else:
        print('else not run')
    finally:
        print('finally run')
show('t8', t8)

def t9():
    try:
        print('no exception in body')
    except* ValueError:
        print('not run')
    else:
        print('else run')
show('t9', t9)

def t10():
    try:
        raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print('values:', repr(e))
        raise IndexError('from handler')
    except* TypeError as e:
        print('types:', repr(e))
        raise
show('t10', t10)

def t11():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* int:
        pass
show('t11', t11)

def t12():
    try:
        raise ValueError('x')
    except* ValueError:
        raise TypeError('replaced')
show('t12', t12)
try:
    t12()
except TypeError as e:
    print(repr(e.__context__))

# in a loop and a function called many times (compiled code around it)
def count_kinds(n):
    counts = [0, 0]
    for i in range(n):
        try:
            if i % 3 == 0:
                raise ExceptionGroup('g', [ValueError(i), TypeError(i)])
            elif i % 3 == 1:
                raise ValueError(i)
        except* ValueError:
            counts[0] += 1
        except* TypeError:
            counts[1] += 1
    return counts

print(count_kinds(300))

# nested try/except* inside a handler
def nested():
    try:
        raise ExceptionGroup('a', [ValueError(1), OSError(2)])
    except* ValueError as outer:
        try:
            raise ExceptionGroup('b', [KeyError(3)])
        except* KeyError as inner:
            print('inner handled', repr(inner), 'outer', repr(outer))
    except* OSError as e:
        print('os', repr(e))
show('nested', nested)

# the name is unbound after the clause
def unbound():
    try:
        raise ValueError(1)
    except* ValueError as e:
        pass
    try:
        e
    except NameError as x:
        print(type(x).__name__, x)
unbound()

# user exception classes and subclasses of groups
class AppError(Exception):
    pass

class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message, excs)

def users():
    try:
        raise MyGroup('mine', [AppError('a'), ValueError('v')])
    except* AppError as e:
        print('app:', type(e).__name__, repr(e))
show('users', users)
