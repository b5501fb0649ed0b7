def f(*args):
    return args
print(f(), f(1), f(1, 2, 3), type(f()).__name__)
def g(a, b=2, *rest, **kw):
    return a, b, rest, kw
print(g(1), g(1, 3), g(1, 3, 4, 5), g(1, x=1), g(1, 2, 3, y=4, z=5))
def h(**kwargs):
    return sorted(kwargs.items())
print(h(), h(a=1, b=2), h(**{'z': 0, 'y': 1}))
def total(*nums, start=0):
    return start + sum(nums)
print(total(1, 2, 3), total(1, 2, start=10), total())
args = [1, 2]
kwargs = {'c': 3}
def k(a, b, c=0, d=0):
    return a + b * 10 + c * 100 + d * 1000
print(k(*args), k(*args, **kwargs), k(*[1], *[2], d=4), k(**{'a': 1, 'b': 1}, **{'d': 1}), k(1, *(2,), c=5))
print(*[1, 2, 3], sep='-')
print(*'abc', *range(3))
def kw_order(**kw):
    return list(kw)
print(kw_order(z=1, a=2, m=3))
