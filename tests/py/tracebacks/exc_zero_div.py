def f(x):
    return 1 / x


print("before")
print(f(0))
