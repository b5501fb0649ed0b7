def smaller(a, b):
    return a < b


print(smaller(1, 2.5), smaller("a", "b"))
print(smaller(1, "2"))
