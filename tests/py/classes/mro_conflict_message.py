class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
class E(C, B): pass
for bases in [(D, E), (A, B), (B, A, C)]:
    try:
        type("F", bases, {})
    except TypeError as e:
        print(e)
try:
    class G(ValueError, D, E): pass
except TypeError as e:
    print(e)
