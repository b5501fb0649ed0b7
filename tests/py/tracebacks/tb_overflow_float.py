x = 2.0
for i in range(12):
    x = x ** 2
    print(i, x)
