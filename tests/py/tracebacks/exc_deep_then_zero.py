def g(n):
    return g(n - 1) if n else 1 / n


print(g(5) if False else 0)
g(2000)
