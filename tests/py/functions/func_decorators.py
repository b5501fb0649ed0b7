def trace(f):
    def wrapper(*args, **kwargs):
        print('call', f.__name__, args, kwargs)
        r = f(*args, **kwargs)
        print('ret', r)
        return r
    return wrapper
@trace
def add(a, b=1):
    return a + b
add(2)
add(2, b=5)
def repeat(n):
    def deco(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(x):
    return 'hi ' + x
print(hi('you'))
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def one():
    pass
@register
@trace
def two():
    return 2
print(registry, two())
def memo(f):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    w.cache = cache
    return w
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
