# del, assert, pass, break, continue, simple statements separated by ';'.
del x
del x, y
del (x, y)
del [x, y]
del a.b, a[0], a[1:2], (a), [b.c]
del x,
assert x
assert x, "message"
assert (x, y)
assert isinstance(x, int), f"bad {x!r}"
pass; pass;
x = 1; del x
for i in range(10):
    if i: continue
    else: break
