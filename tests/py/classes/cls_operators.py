class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.c, o.c)])
    def __sub__(self, o):
        return Vec(*[a - b for a, b in zip(self.c, o.c)])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.c])
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return self * -1
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __setitem__(self, i, v):
        self.c[i] = v
    def __contains__(self, v):
        return v in self.c
    def __iter__(self):
        return iter(self.c)
    def __bool__(self):
        return any(self.c)
    def __call__(self, scale):
        return sum(self.c) * scale
    def __repr__(self):
        return 'Vec(' + ', '.join(map(str, self.c)) + ')'
a, b = Vec(1, 2, 3), Vec(4, 5, 6)
print(a + b, b - a, a * 2, 3 * a, -a, len(a), a[0], a[-1], 2 in a, 9 in a, list(a), bool(a), bool(Vec(0, 0)), a(10))
a[1] = 20
print(a, sum(a), max(a), sorted(b, reverse=True))
x = a
x += b
print(x, a, x is a)
try:
    a + 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a / 2
except TypeError as e:
    print(type(e).__name__, e)
