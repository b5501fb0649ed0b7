xs = list(range(10))
del xs[::2]
print(xs)
del xs[-2:]
print(xs)
del xs[:]
print(xs)
d = {i: i * i for i in range(6)}
for k in [0, 2, 4]:
    del d[k]
print(d)
a = b = [1, 2]
del a
print(b)
try:
    print(a)
except NameError as e:
    print('NameError', e)
class C:
    x = 1
    def __init__(self):
        self.y = 2
c = C()
del c.y
print(hasattr(c, 'y'), c.x)
del C.x
print(hasattr(c, 'x'))
try:
    del c.x
except AttributeError as e:
    print('AttributeError', e)
g = 5
def kill_global():
    global g
    del g
kill_global()
print('g' in globals())
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print('TypeError', e)
