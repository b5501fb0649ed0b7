# Starred assignment targets: a, *b = ..., in for targets, nested, errors.
a, *b = [1, 2, 3]
print(a, b)
*a, b = "xyz"
print(a, b)
a, *b, c = range(6)
print(a, b, c)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
for x, *rest in [(1, 2, 3), (4,), [5, 6]]:
    print(x, rest)
[p, *q] = iter([9, 8])
print(p, q)
first, *_ = {3: 4}
print(first, _)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b = 5
except TypeError as e:
    print("TypeError:", e)
def f(xs):
    h, *t = xs
    return h, t
for i in range(300):
    r = f(list(range(i % 5 + 1)))
print(r)
