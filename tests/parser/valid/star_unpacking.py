# star expressions and unpacking in assignments, calls, displays, returns and for targets.
a, *b = items
*a, b = items
a, *b, c = items
[a, *b] = items
(*a,) = items
first, (second, *rest) = nested
x = *a, *b
x = [*a, *b, 1]
x = {*a, *b}
x = {**a, "k": 1, **b}
f(*args, *more, x, **kw, **more_kw)
f(a, *b, c=1, *d, **e)
print(*[1, 2], sep="")
for x, *y in pairs:
    pass
for *x, y in pairs:
    pass


def g():
    return *a, *b


def h():
    yield *a, b


x = a[1:2, *b]
y = a[*b]
z = a[*b, *c]
w = {**{}}
v = (*a, 1)
