a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
a.append(4)
print(a, b, c, d, a is b, a is c, a == c + [4])
def mutate(lst):
    lst.append('m')
    lst = ['rebound']
    lst.append('r')
    return lst
x = [0]
print(mutate(x), x)
m = [[0] * 3 for _ in range(3)]
m[1][1] = 5
print(m)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
e = [1, 2, 3, 4, 5, 6]
for v in e[:]:
    if v % 2 == 0:
        e.remove(v)
print(e)
f = [1, 2, 3]
f[1:2] = f
print(f)
g = [3, 1, 2]
h = sorted(g)
print(g, h, g.sort(), g)
i = [1, 2]
i.extend(i)
print(i)
j = [1, 2]
j += j
print(j)
k = [1, 2, 3]
k[:0] = ['start']
k[len(k):] = ['end']
print(k)
