t, f = True, False
print(t & f, t | f, t ^ t, f ^ t, t & 1, 1 | f, t ^ 3)
x = t
x &= f
y = f
y |= t
z = t
z ^= t
print(x, y, z)
def g(a: bool, b: bool):
    return a & b, a | b, a ^ b
for _ in range(3):
    print(g(True, False), g(True, True))
print([p & q for p in (t, f) for q in (t, f)], ~t, -t)
