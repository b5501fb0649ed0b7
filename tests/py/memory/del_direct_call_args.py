# Arguments of calls between compiled functions are released with the
# callee's locals, as CPython releases its frame (and on a
# RecursionError at the call).
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)

def f(a, b):
    c = T("local")
    print("in f", a.n, b.n)
    return 1

def g(n: int) -> int:
    if n < 0:
        return g(n + 1)
    return n

for i in range(3):
    print(f(T("p%d" % i), T("q")))
x = T("x")
print(f(x, T("y")))
print(g(-5))
def deep(n: int, t) -> int:
    return deep(n + 1, t)
try:
    deep(0, T("deep"))
except RecursionError:
    print("recursion")
print("end")
