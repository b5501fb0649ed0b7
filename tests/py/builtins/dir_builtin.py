class A:
    x = 1
    def f(self): pass
class B(A):
    __slots__ = ()
    def g(self): pass
a = A(); a.y = 2
print(dir(a))
print([n for n in dir(B) if not n.startswith('__')])
print(dir(B) == sorted(dir(B)), '__dict__' in dir(B))
print([n for n in dir([]) if not n.startswith('_')])
print([n for n in dir("") if not n.startswith('_')][:10])
print(len(dir(1)), len(dir({})), dir(None)[:3])
def h():
    p = 1; q = 2
    return dir()
print(h())
class E(ValueError):
    code = 3
print([n for n in dir(E("x")) if not n.startswith('__')])
import math
print([n for n in dir(math) if not n.startswith('_')][:8])
print(dir(A) == dir(A()) , set(dir(a)) - set(dir(A)))
class Meta(type): pass
class M(metaclass=Meta): z = 1
print([n for n in dir(M) if not n.startswith('__')])
print(dir(int) == dir(5), len(dir(object)))
