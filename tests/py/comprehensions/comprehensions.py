print([x * 2 for x in range(5)])
print([x for x in range(10) if x % 2 if x > 2])
print([(i, j) for i in range(3) for j in range(i)])
print({x % 3 for x in range(10)})
print({k: v for k, v in [('a', 1), ('b', 2)]})
print({x: x * x for x in range(4)})
def f(n):
    return [x + n for x in range(n)]
print(f(3))
def g():
    k = 10
    return {i: [k * j for j in range(i)] for i in range(3)}
print(g())
def counter():
    total = 0
    def add(xs):
        nonlocal total
        total += sum([x for x in xs])
        return total
    return add
a = counter()
print(a([1, 2]), a([3]))
x = [1, 2]
print([x for x in x], x)
print([[y * 2 for y in row] for row in [[1, 2], [3]]])
print([lambda: i for i in range(3)][0]())
def h():
    return [1 / (i - 2) for i in range(4)]
h()
