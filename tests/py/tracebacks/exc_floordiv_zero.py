def f(x):
    y = x - x
    return x // y


print(f(2.5) if False else 1)
f(10 ** 30)
