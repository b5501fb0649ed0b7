class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
def f():
    y = 10
    return [y + i for i in range(3)], {i: y for i in range(2)}, list(y * i for i in range(2))
print(f())
fs = [lambda: i for i in range(3)]
print([g() for g in fs])
gen = (i * i for i in range(4))
print(next(gen), next(gen), list(gen), list(gen))
data = [3, 1, 2]
g2 = (d for d in data)
data = [9, 9]
print(list(g2))
try:
    print([undefined_name for _ in range(1)])
except NameError as e:
    print(type(e).__name__, e)
print([(yield_ := i) for i in range(3)], yield_)
nested = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(nested)
print(list(zip(*nested)))
