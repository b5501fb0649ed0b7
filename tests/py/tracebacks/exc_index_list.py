def get(xs, i):
    return xs[i]


print(get([1, 2, 3], -3))
print(get([1, 2, 3], 3))
