def fact(n):
    if n == 0:
        return 1
    if n < 0:
        raise ValueError('negative input')
    return n * fact(n - 2)
print(fact(6))
print(fact(5))
