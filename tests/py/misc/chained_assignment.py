a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = j = k = 'same'
print(i is j is k)
p, q = r = (1, 2)
print(p, q, r)
lst = [0, 0, 0]
idx = 0
idx = lst[idx] = 2
print(idx, lst)
d = {}
d['a'] = d['b'] = len(d)
print(d)
m = n = 1
m += 1
print(m, n)
