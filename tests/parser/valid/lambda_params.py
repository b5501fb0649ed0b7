# lambda with every parameter kind.
f0 = lambda: 0
f1 = lambda x: x
f2 = lambda x, y=1: x + y
f3 = lambda *args: args
f4 = lambda **kwargs: kwargs
f5 = lambda *, k: k
f6 = lambda *, k=1, m: k
f7 = lambda a, /, b: a
f8 = lambda a, b=2, /, c=3, *args, d, e=5, **kw: (a, b, c, args, d, e, kw)
f9 = lambda a=1, /: a
f10 = lambda a, /, *, b: b
f11 = lambda x,: x
f12 = lambda *args, **kwargs,: 0
f13 = lambda: (yield)
f14 = lambda x: lambda y: x + y
f15 = lambda x=lambda: 1: x()
f16 = (lambda: 1)()
f17 = lambda x: x if x else lambda: x
