def outer(n):
    def helper(k):
        return k * 2

    def other(a, b=5):
        return a - b

    return helper(n) + other(n) + other(n, 1)


print(outer(10))


def make():
    def inner():
        return "inner result"

    return inner


f = make()
print(f())
print(make()())
g = lambda a, b=2: a ** b
print(g(3), g(2, 10), (lambda: "lam")())


def apply(fn, v):
    return fn(v)


print(apply(lambda q: q + 1, 41), apply(outer, 1), apply(str, 5) + "!")


def kw(a, b, c=3):
    return a * 100 + b * 10 + c


print(kw(1, 2), kw(1, b=5), kw(c=9, b=8, a=7), kw(a=1, b=1))


def none_ret():
    pass


print(none_ret())
