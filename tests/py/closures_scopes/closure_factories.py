def power(exp):
    def f(base):
        return base ** exp
    return f
square, cube = power(2), power(3)
print(square(5), cube(2), [power(e)(2) for e in range(6)])
def compose(f, g):
    return lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(square, compose(inc, inc))(1))
def make_bank(balance):
    def deposit(v):
        nonlocal balance
        balance = balance + v
        return balance
    def withdraw(v):
        nonlocal balance
        if v > balance:
            return 'insufficient'
        balance = balance - v
        return balance
    return deposit, withdraw
dep, wd = make_bank(100)
print(dep(50), wd(30), wd(500), dep(0))
def memoize(f):
    cache = {}
    def g(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    return g
def slow_fib(n):
    return n if n < 2 else fast_fib(n - 1) + fast_fib(n - 2)
fast_fib = memoize(slow_fib)
print(fast_fib(90))
