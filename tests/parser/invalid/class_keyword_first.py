class C(metaclass=M, A): pass
