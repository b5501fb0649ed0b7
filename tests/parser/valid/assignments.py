# assignment forms: chained, tuple, targets of all kinds, annotated assignment.
x = 1
x = y = z = 0
x, y = 1, 2
(x, y) = [1, 2]
[x, y] = (1, 2)
x, = t
a.b = 1
a.b.c = 1
a[0] = 1
a[0][1] = 1
a().b = 1
a[b].c[d] = 1
(a) = 1
((a)) = 1
a, (b, [c, d]) = e
x = yield_ = 1
x: int
x: int = 1
x: "str" = "a"
a.b: int
a.b: int = 1
a[0]: int = 1
(x): int = 1
x: list[int] = []
x: tuple[int, ...] = ()
x: int = yield_value if False else 0
x = *a, b


def f():
    x = yield
    y = yield 1
    z = yield from g()
    w: int = yield
    v: tuple = 1, 2
    u = await_ = 1
