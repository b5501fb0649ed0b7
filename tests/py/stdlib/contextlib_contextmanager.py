# contextlib.contextmanager: enter/exit around the yield, exceptions from
# the with body thrown into the generator, suppression, misuse errors.
from contextlib import contextmanager


@contextmanager
def tag(name):
    print('<%s>' % name)
    yield name.upper()
    print('</%s>' % name)


with tag('a') as t:
    print('body', t)

with tag('outer'):
    with tag('inner') as t2:
        print('nested', t2)


@contextmanager
def guarded(label):
    print('enter', label)
    try:
        yield label
    except ValueError as e:
        print('guarded swallowed', repr(e))
    finally:
        print('finally', label)


with guarded('g1'):
    raise ValueError('swallowed')
print('after g1')

try:
    with guarded('g2'):
        raise KeyError('passes through')
except KeyError as e:
    print('caught outside', repr(e))

# the exception seen outside is the very one raised in the body
err = IndexError('same object')
try:
    with guarded('g3'):
        raise err
except IndexError as e:
    print('same object:', e is err)


# a generator that re-raises another exception
@contextmanager
def converting():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError('converted') from e


try:
    with converting():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, '| cause:', type(e.__cause__).__name__)


# a generator that does not yield
@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        print('not reached')
except RuntimeError as e:
    print(type(e).__name__, e)


# a generator that yields twice
@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        print('in two_yields')
except RuntimeError as e:
    print(type(e).__name__, e)


# yields again after an exception was thrown in
@contextmanager
def yields_after_throw():
    try:
        yield 1
    except Exception:
        yield 2


try:
    with yields_after_throw():
        raise OSError('x')
except RuntimeError as e:
    print(type(e).__name__, e, '| context:', type(e.__context__).__name__)


# StopIteration raised in the body is not swallowed
@contextmanager
def plain():
    yield


try:
    with plain():
        raise StopIteration('from body')
except StopIteration as e:
    print('StopIteration passed through:', e)

# RuntimeError raised in the body comes out as itself
try:
    with plain():
        raise RuntimeError('from body')
except RuntimeError as e:
    print('RuntimeError passed through:', e)


# suppressing by returning from the handler
@contextmanager
def ignore_all():
    try:
        yield
    except Exception as e:
        print('ignoring', type(e).__name__)
        return


with ignore_all():
    raise TypeError
print('after ignore_all')

# return/break/continue inside the with body still exit the manager
def f():
    with tag('in f'):
        return 'returned'


print(f())
for i in range(3):
    with tag('loop%d' % i):
        if i == 0:
            continue
        if i == 1:
            break
print('loop done')


# the manager's name and doc come from the function
@contextmanager
def documented():
    """A documented manager."""
    yield


print(documented.__name__, documented.__doc__)
cm = documented()
print(type(cm).__name__, cm.__doc__)

# arguments are passed to the generator function
@contextmanager
def with_args(*args, **kwargs):
    yield (args, sorted(kwargs.items()))


with with_args(1, 2, k='v') as got:
    print(got)

# a manager object can be entered only once
cm = tag('once')
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print('second enter fails:', type(e).__name__)
