def v(x):
    print('eval', x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) == v(1) != v(2))
print(1 < 2 > 1, 1 < 2 > 3, 1 == 1 == 1)
print(0 <= 5 < 10, 5 in [5] in [[5]], 'a' < 'b' < 'c' < 'd', 3 > 2 >= 2 > 1)
print(1 < 2 < 3 < 4 < 5 < 4, [] == [] != [1], 1 != 2 != 1)
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 == 5.0, not 0 < x)
a = b = 3
print(a == b == 3, a is b)
try:
    print(1 < 'a' < 3)
except TypeError as e:
    print(type(e).__name__, e)
print(None is None is not False, (1 < 2) < 3, 1 < (2 < 3))
