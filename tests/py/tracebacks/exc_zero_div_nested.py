def a(x):
    return b(x) + 1


def b(x):
    return c(x, 0)


def c(x, y):
    return x % y


print(a(5) if False else "start")
print(a(7))
