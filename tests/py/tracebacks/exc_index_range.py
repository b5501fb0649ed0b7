print(range(5)[4])
print(range(5)[10 ** 20])
