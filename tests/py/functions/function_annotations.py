# A def's annotations are its __annotations__ (evaluated at definition);
# a function without any has an empty dict, kept.
from typing import Optional
def greet(name: str, times: int = 1, *args: int, flag: bool = False, **kw: "Any") -> Optional[str]:
    return name * times
print(greet.__annotations__)
def plain(a, b):
    return a
print(plain.__annotations__)
class C:
    def m(self, x: "C") -> None:
        pass
print(C.m.__annotations__)
lam = lambda x: x
print(lam.__annotations__)
print(plain.__annotations__ is plain.__annotations__, "__annotations__" in plain.__dict__)
