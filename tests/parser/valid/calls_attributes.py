# calls, attribute access, keyword arguments, chaining, trailing commas.
f()
f(1)
f(1,)
f(a, b)
f(a=1)
f(a, b=1, *c, d=2, **e)
obj.attr
obj.attr.attr2
obj.method()
obj.method(1).other()[0].last
(1).real
1.0.real
"str".join([])
b"".join([])
f"{x}".strip()
[].append
{}.get
().count
x.__class__.__name__
f()()()
f[0]()[1]
print("a", "b", sep=", ", end="\n")
f(**{"a": 1})
f(*[1, 2])
f(a for a in b)
type(x).__name__
