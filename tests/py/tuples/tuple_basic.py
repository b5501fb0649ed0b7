t = (1, 'a', 2.5, None)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], type(t).__name__)
print((), (1,), (1), tuple(), tuple('ab'), tuple([1, 2]), tuple(range(3)))
print(t + (5,), (0,) * 3, 'a' in t, t.count(1), t.index('a'), (1, 2) * 0)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2), () < (0,))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2, 3)), hash(()), hash((1,)))
a, b, c, d = t
print(a, b, c, d)
x = 1, 2
print(x, type(x).__name__)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1, 2).index(3)
except ValueError as e:
    print(type(e).__name__, e)
m = ([1], 2)
m[0].append(3)
print(m)
try:
    hash(m)
except TypeError as e:
    print(type(e).__name__, e)
print(max((1, 5, 3)), sum((1, 2, 3)), sorted((3, 1, 2)), tuple(reversed((1, 2, 3))))
