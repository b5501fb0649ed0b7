head, *tail = 'python'
print(head, tail)
*init, last = (1, 2, 3)
print(init, last)
a, *b, c, d = range(6)
print(a, b, c, d)
[x, *y] = [1]
print(x, y)
first, *_, final = [10, 20, 30, 40]
print(first, final)
for a, *rest in [[1, 2, 3], [4], (5, 6)]:
    print(a, rest)
(p, *q), r = 'abc', 'd'
print(p, q, r)
merged = [*'ab', *range(2), *{'k': 1}, *(None,)]
print(merged)
print({**{'a': 1}, **dict(b=2), 'c': 3}, {*range(3), *[2, 5]}, (*'xy',))
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{'k': 'v'}, z=0))
