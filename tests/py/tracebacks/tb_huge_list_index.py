xs = list(range(10))
print(xs[9])
print(xs[10 ** 20])
