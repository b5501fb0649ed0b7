# Code that ast.parse accepts although compiling it fails later (symtable or compiler errors).
return
return 1
yield
x = yield 1
await x
nonlocal a
break
continue
async for x in y:
    pass
async with a:
    pass
[x async for x in y]
f(a=1, a=2)
__debug__ = 1
*a = 1
x = *a
print >>sys.stderr, "x"
del ()
[i := 0 for i in x]
f"{x:#}"
f"{a := 1}"
f"{yield}"


def dup(a, a):
    return *a


def late_global():
    x = 1
    global x


match x:
    case [*a, *b]:
        pass
    case a | b:
        pass
    case {"k": a, "j": a}:
        pass
    case C(x=1, x=2):
        pass
lam = lambda *, a=1, b: 1
from __future__ import braces
class C:
    from os import *
