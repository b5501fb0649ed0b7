class M:
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
print(divmod(M(), 7))
print(divmod(7, M()))
class P:
    def __pow__(self, e, mod=None): return ("pow", e, mod)
print(P() ** 2, pow(P(), 2), pow(P(), 2, 7))
class N: pass
try: divmod(N(), 1)
except TypeError as e: print(e)
class I(int): pass
print(divmod(I(7), 2), pow(I(2), 10), pow(I(2), 10, 7))
