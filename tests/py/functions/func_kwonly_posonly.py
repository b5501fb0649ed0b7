def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
for call in [lambda: f(1, 2, 3, 4), lambda: f(a=1, b=2, c=3, d=4), lambda: f(1, 2, 3), lambda: f(1, 2, 3, d=4, g=1)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
def g(*, key):
    return key
print(g(key='k'))
try:
    g('k')
except TypeError as e:
    print(type(e).__name__, e)
def h(x, /):
    return x
print(h(3))
try:
    h(x=3)
except TypeError as e:
    print(type(e).__name__, e)
def p(a, /, **kw):
    return a, kw
print(p(1, a=2))
def many(a, b, c):
    return a
for call in [lambda: many(1), lambda: many(1, 2, 3, 4), lambda: many(1, 2, 3, a=1), lambda: many(1, 2, d=3)]:
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
