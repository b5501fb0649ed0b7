a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = [10, 20, 30]
print(x + y + z)
p, q = 'hi'
print(p, q)
(m, n), o = (1, 2), 3
print(m, n, o)
for k, v in [('a', 1), ('b', 2)]:
    print(k, v)
for i, (c, d) in enumerate([(5, 6), (7, 8)]):
    print(i, c, d)
first, second = sorted([3, 1])
print(first, second)
t = 1, 2, 3
u, v, w = t
print(t, u, v, w)
def pair():
    return 'left', 'right'
l, r = pair()
print(l, r)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print('ValueError', e)
