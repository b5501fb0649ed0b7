# Annotations at module and class level are evaluated into __annotations__
# (simple names only; in a function they are not evaluated).
from typing import ClassVar
x: int = 5
y: "list[str]"
class P:
    a: int
    b: str = "s"
    c: ClassVar[int] = 3
    if True:
        d: float = 1.0
    (e): int = 2
print(P.__annotations__)
print(__annotations__)
print(P.b, P.c, P.d, P.e, x)
class Q:
    pass
def f():
    z: int = 3
    return z
print(f())
