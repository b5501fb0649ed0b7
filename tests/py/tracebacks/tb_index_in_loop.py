def total(xs, n):
    s = 0
    for i in range(n):
        s += xs[i]
    return s
print(total([1, 2, 3], 3))
print(total([1, 2, 3], 4))
