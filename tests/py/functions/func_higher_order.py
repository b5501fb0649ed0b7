def apply_twice(f, x):
    return f(f(x))
def add3(x):
    return x + 3
print(apply_twice(add3, 1), apply_twice(lambda s: s + '!', 'hi'), apply_twice(add3, 0))
def make_pipeline(fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run
p = make_pipeline([add3, lambda x: x * 2, str, len])
print(p(10), p(1000))
print(list(map(add3, [1, 2, 3])), list(filter(lambda x: x > 2, [1, 2, 3, 4])))
print(sorted(['ccc', 'a', 'bb'], key=len), max([3, 8, 1], key=lambda x: -x))
def counter_factory():
    calls = []
    def wrapped(f):
        def inner(x):
            calls.append(x)
            return f(x)
        return inner
    return wrapped, calls
wrap, log = counter_factory()
w = wrap(add3)
print(w(1), w(2), log)
