# list, set, dict comprehensions and generator expressions, nested and with conditions.
a = [x for x in y]
b = {x for x in y}
c = {k: v for k, v in items}
d = (x for x in y)
e = [x for x in y if x if not x]
f = [(x, y) for x in range(3) for y in range(3) if x != y]
g = [[y for y in x] for x in matrix]
h = {x: {y for y in x} for x in sets}
i = [x for x in (y for y in z)]
j = [x for x, in pairs]
k = [x for (x, y) in pairs]
o = [x for x in y if (lambda: True)()]
p = [x for x in [1, 2, 3] if x > 1 if x < 3]
r = [i async for i in aiter()]  # allowed by the parser at module level
s = sum(x * x for x in range(10))
t = [lambda: x for x in range(3)]
u = [x for x in y for y in x for z in y]
w = [x for x in (a, b)]
z = [x for x in (lambda: y)()]
v = {(k, v): (v, k) for k, v in d.items() if k}
