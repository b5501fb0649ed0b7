def sign(n):
    return "neg" if n < 0 else "zero" if n == 0 else "pos"


for v in (-5, 0, 5, -0.0, 10 ** 20, -(10 ** 20)):
    print(v, sign(v))
x = 3
y = x * 2 if x > 2 else x / 2
print(y, (1 if x else 0) + 10, [x if x > 1 else -x, -x if x > 5 else x])
print(abs(x - 10) if x < 10 else None)
