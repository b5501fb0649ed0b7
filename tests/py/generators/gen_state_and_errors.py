def g():
    yield 1
    raise KeyError('inside generator')
it = g()
print(next(it))
try:
    next(it)
except KeyError as e:
    print(type(e).__name__, e)
print(next(it, 'finished'))
def gen_return_stop():
    yield 1
    raise StopIteration('converted')
try:
    list(gen_return_stop())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def running():
    yield
running_gen = running()
print(next(running_gen))
try:
    next(running_gen)
except StopIteration:
    print('done')
def self_ref():
    yield next(gen)
gen = self_ref()
try:
    next(gen)
except ValueError as e:
    print(type(e).__name__, e)
def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
print([next(c) for _ in range(3)], next(c))
