def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
a = {'a': 1, 'b': 2}
print(a | {'b': 3, 'c': 4}, a)
b = a
b |= {'z': 0}
b |= [('y', 9)]
b |= (('k', v) for v in range(2))
print(a, b is a)
t(lambda: a | [('q', 1)])
t(lambda: [].sort(1))
r = range(2, 20, 3)
print(r.start, r.stop, r.step, range(5).start, range(3, 1).step)
def f():
    d = {}
    for i in range(3):
        d |= {i: i * i}
    return d
print(f())
