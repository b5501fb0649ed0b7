fs = []
for i in range(4):
    fs.append(lambda: i)
print([f() for f in fs])
i = 'changed'
print([f() for f in fs])
gs = [lambda: j for j in range(4)]
print([g() for g in gs])
hs = [lambda j=j: j for j in range(4)]
print([h() for h in hs])
def make():
    out = []
    for k in range(3):
        def f():
            return k * 10
        out.append(f)
    k = 99
    return out
print([f() for f in make()])
def outer():
    x = 1
    def inner():
        return x
    x = 2
    r1 = inner()
    x = 3
    return r1, inner()
print(outer())
def counter_pair():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter_pair()
inc(); inc()
print(get(), inc(), get())
