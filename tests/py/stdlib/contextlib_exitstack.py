# ExitStack: callbacks, enter_context, push, pop_all, LIFO order,
# exceptions passed along and suppressed.
from contextlib import ExitStack, contextmanager


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self.name

    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None)
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(CM('cm%d' % i)) for i in range(3)]
    print('entered', names)
    stack.callback(print, 'callback', 'with', 'args', sep='+')
    r = stack.callback(lambda: print('lambda callback'))
    print('callback returns its function:', callable(r))
print('stack closed')


# push: a context manager's __exit__ or a plain callable
def exit_fn(typ, val, tb):
    print('exit_fn saw', typ.__name__ if typ else None)
    return False


with ExitStack() as stack:
    stack.push(exit_fn)
    cm = CM('pushed')
    print(stack.push(cm) is cm)
print()

# exceptions pass through the callbacks in LIFO order; one suppresses
try:
    with ExitStack() as stack:
        stack.enter_context(CM('first'))
        stack.enter_context(CM('suppressor', suppress=True))
        stack.enter_context(CM('last'))
        raise ValueError('body error')
    print('suppressed by the middle manager')
except ValueError:
    print('not reached')


# a callback raising: the next callbacks see the new exception, chained
def raiser(typ, val, tb):
    print('raiser saw', typ.__name__ if typ else None)
    raise KeyError('from callback')


def watcher(typ, val, tb):
    print('watcher saw', typ.__name__ if typ else None, repr(val))
    return False


try:
    with ExitStack() as stack:
        stack.push(watcher)
        stack.push(raiser)
        raise IndexError('original')
except KeyError as e:
    print('final', repr(e), 'context', repr(e.__context__))

# a callback raising with no body exception
try:
    with ExitStack() as stack:
        stack.push(raiser)
except KeyError as e:
    print('final', repr(e), 'context', repr(e.__context__))

# pop_all moves the callbacks out: nothing runs at the with's end
with ExitStack() as stack:
    stack.enter_context(CM('moved'))
    stack.callback(print, 'moved callback')
    later = stack.pop_all()
print('first stack done')
later.close()
print('later closed')
later.close()
print('closing twice runs nothing')

# the usual pattern: acquire several, keep them only if all succeeded
def acquire(names, fail_at=None):
    with ExitStack() as stack:
        for n in names:
            if n == fail_at:
                raise RuntimeError('cannot acquire ' + n)
            stack.enter_context(CM(n))
        return stack.pop_all()


held = acquire(['a', 'b'])
print('holding')
held.close()
try:
    acquire(['x', 'y', 'z'], fail_at='z')
except RuntimeError as e:
    print(e)


# @contextmanager managers in a stack
@contextmanager
def gen_cm(n):
    print('gen enter', n)
    try:
        yield n
    finally:
        print('gen exit', n)


with ExitStack() as stack:
    vals = [stack.enter_context(gen_cm(i)) for i in range(2)]
    print(vals)

# enter_context of something that is not a context manager
with ExitStack() as stack:
    try:
        stack.enter_context(42)
    except TypeError as e:
        print(type(e).__name__, e)


class NotCM:
    pass


with ExitStack() as stack:
    try:
        stack.enter_context(NotCM())
    except TypeError as e:
        print(type(e).__name__, e)

# callbacks with keyword arguments
with ExitStack() as stack:
    stack.callback(print, 'kw', end='!\n')

# a suppressed exception then a later callback raising
try:
    with ExitStack() as stack:
        stack.push(raiser)
        stack.enter_context(CM('swallow', suppress=True))
        raise ValueError('first')
except KeyError as e:
    print('after suppression:', repr(e), repr(e.__context__))
