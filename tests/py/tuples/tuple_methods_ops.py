t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print(t.count(5), t.count(7), t.index(1), t.index(5, 5), t.index(3, 1))
print(sorted(t), tuple(sorted(set(t))), min(t), max(t), sum(t), len(t))
print(t[2:5], t[::-3], t[-2:], t + (0,), (0,) + t[:2], t[:3] * 2)
print((1, 2, 3) == (1, 2, 3), (1, 2) != (2, 1), (1, (2, 3)) < (1, (2, 4)), (1, 'a') < (1, 'b'))
print(tuple(x * 2 for x in t[:4]), tuple(enumerate('ab')), tuple(zip((1, 2), 'xy')))
a = (1,)
b = a + (2,)
print(a, b, a is b, (a, b))
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(100)
except ValueError as e:
    print(type(e).__name__, e)
print(hash((1, 2, (3, 4))) == hash((1, 2, (3, 4))), {(1, 2): 'a'}[(1, 2)])
