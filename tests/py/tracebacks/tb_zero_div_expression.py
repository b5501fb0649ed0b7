def ratio(a, b):
    return (a + b) / (a - b)
print(ratio(3, 1))
print(ratio(2, 2))
