a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:-1], a[5:2:-1], a[100:], a[-100:2])
b = a[:]
b[2:5] = ['x']; print(b)
b[1:1] = [10, 20, 30]; print(b)
b[:] = [1, 2, 3]; print(b)
b[::2] = ['a', 'b']; print(b)
c = list(range(8))
c[1::2] = [0] * 4; print(c)
del c[::3]; print(c)
del c[1:3]; print(c)
d = list(range(5))
d[-2:] = []; print(d)
d[len(d):] = [9, 9]; print(d)
try:
    d[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
s = slice(1, 8, 2)
print(a[s], s.start, s.stop, s.step, s, slice(5), slice(None, None, -1))
print(s.indices(5), slice(-3, None).indices(10), slice(None, None, -1).indices(4))
e = [1, 2, 3]
e[5:] = [4]
print(e, e[-1:-4:-1], e[::-1][::-1] == e)
