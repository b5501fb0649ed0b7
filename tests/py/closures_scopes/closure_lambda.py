def compose(f, g):
    return lambda x: f(g(x))

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

def make_multiplier(m):
    return lambda x: x * m

triple = make_multiplier(3)
print(triple(7), triple("ab"))

def curry(a):
    return lambda b: lambda c: a + b + c

print(curry(1)(2)(3), curry("x")("y")("z"))

def counter():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    get = lambda: n * 100
    return step, get

s, g = counter()
s()
s()
print(g())
