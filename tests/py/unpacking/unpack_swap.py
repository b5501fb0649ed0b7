a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
a, b, c = "xyz"
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = [10, 20]
print(m, n)
x = y = z = 7
print(x, y, z)
t = 1, 2, 3
i, j, k = t
print(i + j + k, t)
for u, v in [(1, "a"), (2, "b")]:
    print(u, v)
for u, (v, w) in [(1, (2, 3)), (4, (5, 6))]:
    print(u + v + w)
a, b = b, a + b
print(a, b)
one, = [1]
print(one)
e, f = range(2)
print(e, f)
