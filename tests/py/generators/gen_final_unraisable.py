# Exceptions raised while a dying generator is closed are printed as
# "Exception ignored in" and the program goes on.
def bad_close():
    try:
        yield 1
    finally:
        raise ValueError('in finally')

g = bad_close()
next(g)
del g
print('after ValueError')

def stubborn():
    while True:
        try:
            yield 'x'
        except GeneratorExit:
            print('ignoring GeneratorExit')

# (kept until the program ends: closed at teardown, no traceback then)
s = stubborn()
next(s)
print('stubborn suspended')

def key_error():
    try:
        yield
    except GeneratorExit:
        {}['missing']

k = key_error()
next(k)
k = None
print('after KeyError')

# an explicit close that failed: the generator is closed again when it dies
def twice():
    for i in range(3):
        try:
            yield i
        except GeneratorExit:
            print('GeneratorExit', i)

t = twice()
next(t)
try:
    t.close()
except RuntimeError as e:
    print('close:', e)
print('twice suspended until the end')

# still suspended at exit: closed during teardown
def at_exit():
    try:
        yield
    finally:
        print('closing at exit')
        raise KeyError('at exit')

e = at_exit()
next(e)
print('end of program')
