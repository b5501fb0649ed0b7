# generator expressions as sole call arguments, and calls in general.
f(x for x in y)
f((x for x in y))
f((x for x in y), z)
f(a, (x for x in y))
sum(x for x in y if x)
any(x async for x in y)
f(x for x in y for z in x)
obj.method(i * 2 for i in range(5))
f()(x for x in y)
f(*a, **k)
f(a, b, c=1, d=2)
f(a)(b)(c)
f(
    a,
    b,
)
f(x=1, *a)
f(*a, x=1)
f(**a, x=1)
