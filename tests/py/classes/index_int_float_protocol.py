import math
class I:
    def __index__(self): return 1
print([10, 20][I()], "ab"[I()], (1, 2)[I()], list(range(I())), "ab" * I(), I() * [7], bin(I()), int(I()), hex(I()), chr(65 + I().__index__()))
xs = [1, 2, 3]; xs[I()] = 9; print(xs, range(10)[I()], float(I()))
class N:
    def __int__(self): return 2
    def __float__(self): return 16.0
    def __round__(self, nd=None): return ("round", nd)
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
    def __trunc__(self): return "trunc"
for f in (int, float, round, math.floor, math.ceil, math.trunc, math.sqrt):
    try: print(f(N()))
    except TypeError as e: print("TypeError", e)
print(round(N(), 2))
class BadInt:
    def __int__(self): return "x"
    def __float__(self): return 3
for f in (int, float):
    try: f(BadInt())
    except TypeError as e: print("TypeError", e)
class Plain: pass
for f in (int, float, round, math.floor, math.trunc):
    try: f(Plain())
    except TypeError as e: print("TypeError", e)
try: [1][Plain()]
except TypeError as e: print(e)
print(math.factorial(I()), math.gcd(I(), 4))
d = {}
k = I(); d[k] = 5; print(d[k])
