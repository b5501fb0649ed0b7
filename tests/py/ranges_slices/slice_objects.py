s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, repr(slice(None)), slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
data = list(range(12))
text = 'abcdefghijkl'
tup = tuple(data)
for sl in [slice(3), slice(2, 8), slice(None, None, 3), slice(-4, None), slice(None, None, -1), slice(10, 2, -3), slice(100, 200), slice(-100, 3)]:
    print(sl, data[sl], text[sl], tup[sl])
print(slice(None, None, -1).indices(5), slice(2, 100).indices(10), slice(-1, -10, -2).indices(7))
try:
    slice(0, 5, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
rows = ['r0', 'r1', 'r2', 'r3']
half = slice(len(rows) // 2)
print(rows[half], rows[slice(len(rows) // 2, None)])
print(data[2:10][::2][1:], text[::-1][::2], text[-1:-13:-1] == text[::-1])
