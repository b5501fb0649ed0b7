a = list(range(8))
a[2:4] = ['x', 'y', 'z']
print(a)
a[::3] = [None] * len(a[::3])
print(a)
a[1:-1] = []
print(a)
b = list('abcdefgh')
b[::-1] = list('12345678')
print(b)
b[-3:] = 'XYZ'
print(b)
b[:0] = [0]
print(b, len(b))
c = [1, 2, 3]
c[1:2] = range(5)
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print('ValueError', e)
ba = bytearray(b'hello')
ba[1:3] = b'EL'
print(ba)
