sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), (lambda: 'const')(), (lambda *a: a)(1, 2), (lambda **k: k)(x=1))
print(list(map(lambda x: x + 1, [1, 2, 3])), list(filter(lambda s: len(s) > 1, ['a', 'bb', 'ccc'])))
print(sorted([(1, 'b'), (2, 'a')], key=lambda t: t[1]))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3), compose(str, sq)(4))
print(sq.__name__, (lambda: 0).__name__)
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
print((lambda x: (lambda y: x + y))(1)(2))
ident = lambda x: x
print(ident(ident)(5), callable(ident))
print((lambda x: x if x else 'empty')(''))
