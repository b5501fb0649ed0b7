# Source positions (ast.dump(..., include_attributes=True)) that are easy to
# get wrong: parentheses at the edges of operands, decorated definitions,
# generator arguments, annotations, and CPython 3.11's f-string columns.


@ (deco)
@deco.attr(arg)
class C(B, metaclass=M, **kw):
    x: int = 1
    (y): int

    @property
    def f(self, a, /, b: (int) = 2, *args: (str), c, d=4, **kw: 'x') -> (None):
        pass

    async def g():
        await (x)
        return (await (x))


x = (a) + b * (c)
x = -(a) ** (b) ** (c)
x = not (not (a))
x = (a) and (b) or (c) and d
x = (a) < (b) < c
x = (a) in (b) not in (c)
x = (a) if (b) else (c) if (d) else (e)
x = (a).b(c)[d].e
x = (a)(b)
x = (a)[(b)]
x = (
    a
    .b
    (c)
)
x = a \
    + b
f(a for a in b)
f((a for a in b))
f(x, *y, z=(1), **(w))
x = [(a) for (b) in (c) if (d)]
x = (a), (b)
x = (*a, *b)
x[a:b, ::2, (c):(d)]
x = (n := (1))
x = lambda a=(1), *b, c, **d: (a)
x = (yield (a))
a = (b) = (c)
a, (b) = (c), (d)
import a.b as c, d
from .. import (e as f, g,)
from . import *

for (a, b) in (c):
    (z)
else:
    pass

with (a as b, c as d,):
    pass

try:
    pass
except (A, B) as e:
    pass
finally:
    pass

if a:
    pass
elif (b):
    pass
else:
    y = 2

match (x):
    case (a) if (b):
        pass
    case [(a), *rest] | (a, *rest):
        pass
    case {1: (a), "x": [b], c.d: e, **rest}:
        pass
    case A((a), b=(c)):
        pass
    case ((a) | (b)) as c:
        pass
    case (-1) | (1 + 2j) | -1 - 2j:
        pass

# f-strings: the parts take the whole literal's range; a format spec and its
# trailing text take the range of the token they are in.
x = ("a"
     f"{b:{c}x}"
     f"{d!r:>{e}}")
x = f"{ a = }" f"{a=:>3}" f"{a!r:{b}{c}}"
x = f"é{é}" + f"""ü
  {ü}"""
x = f"""{
a+b}"""
x = f"""{a
+b}"""
# A string token starting on a field's first line and ending on a later one
# is reported with its column counted from the `{`; so are the fields of an
# f-string token reported that way.
x = f"""{a+'''
xy'''+b}"""
x = f"""{a+f'''{c}
xy'''+b}"""
x = f"""{
a+f'''{c}
xy'''+b}"""
x = f'''{f"""{a}
{b}"""}'''
