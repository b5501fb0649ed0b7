class A:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        def hook():
            return cls
        cls.hook = hook
class B(A):
    pass
print(B.hook())
class P:
    def m(self):
        f = lambda: self
        return super().__repr__ is not None, f() is self
print(P().m())
