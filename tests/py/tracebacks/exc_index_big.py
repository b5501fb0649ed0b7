xs = [1, 2]
print(xs[-2], "abc"[-1], (5, 6)[1], range(3)[-1])
print(range(5)[-(10 ** 20)] if False else xs[1])
print("abc"[10 ** 20])
