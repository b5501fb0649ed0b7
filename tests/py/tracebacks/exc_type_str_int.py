def label(n):
    return "n=" + n


print(label("3"))
print(label(3))
