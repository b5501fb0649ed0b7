# `a, b = b, a + b`: values assigned straight to the targets, so typed
# locals stay typed (and the sum overflows into a big int correctly).
def f(n: int) -> int:
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a

print(f(90), f(100))
x, y = 1, 2
x, y = y, x
print(x, y)
l = [1, 2]
l[0], l[1] = l[1], l[0]
print(l)
