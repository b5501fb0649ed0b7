g1 = 10
def f(a, b=2):
    c = a + b
    return locals()
print(f(1))
print(sorted(k for k in globals() if not k.startswith('__')))
print(globals()['g1'])
def outer():
    v = 1
    def inner():
        w = 2
        return locals(), v
    return inner()
print(outer())
class K:
    p = 1
    q = sorted(locals())
print(K.q)
def h():
    z = 3
    return vars()
print(h())
