class W:
    def __eq__(self, o): return "yes"
    def __lt__(self, o): return [o]
print(W() == 1, 1 == W(), W() < 3, W() != 2)
class T:
    __slots__ = ("_c",)
    @property
    def f(self): return self._c
    @f.setter
    def f(self, v): self._c = v
t = T()
t.f = 5
print(t.f)
def g(a, b): return a == b
for i in range(300): r = g(W(), i)
print(r)
