x = None
print(x, repr(x), str(x), type(x).__name__, bool(x))
print(x is None, x == None, x is not None, x != None)
def f():
    pass
def g():
    return
print(f(), g(), f() is g())
print([None] * 3, (None,), {None: None})
print(None in [1, None], [1, 2].append(3))
d = {'a': 1}
print(d.get('b'), d.get('b', 0))
print(hash(None) == hash(None))
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
nothing = None
try:
    nothing()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
try:
    for i in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    nothing[0]
except TypeError as e:
    print(type(e).__name__, e)
print(None or 'default', None and 1, 0 or None)
