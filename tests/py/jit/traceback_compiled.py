# An uncaught exception from compiled frames prints CPython's traceback.
def f(n: int) -> int:
    return 10 % n


def g(n: int) -> int:
    s = 0
    for i in range(3, -1, -1):
        s += f(i * n)
    return s


print(g(1) if False else 0)
for _ in range(150):
    f(3)
print(g(2))
