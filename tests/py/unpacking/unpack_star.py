a, *b = [1, 2, 3, 4]
print(a, b)
*c, d = 'hello'
print(c, d)
e, *f, g = range(5)
print(e, f, g)
h, *i = [1]
print(h, i)
(j, k), *rest = [(1, 2), 3, 4]
print(j, k, rest)
for first, *others in [(1, 2, 3), (4,), 'xy']:
    print(first, others)
x, y, z = 'abc'
print(x, y, z)
[p, q] = (5, 6)
print(p, q)
m, (n, o) = 1, [2, 3]
print(m, n, o)
print([*range(3), *'ab', *[None]], (*[1, 2], 3), {*[1, 2], *[2, 3]}, {**{'a': 1}, 'b': 2, **{'a': 3}})
for bad in ['ab', 'abcd']:
    try:
        u, v, w = bad
    except ValueError as ex:
        print(type(ex).__name__, ex)
try:
    s1, s2, *s3 = [1]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    t1, t2 = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
a = b = c = [0]
print(a is c)
a, b = b, a
x = [0, 1, 2]
i = 0
i, x[i] = 1, 'set'
print(i, x)
