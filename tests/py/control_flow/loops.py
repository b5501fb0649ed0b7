for i in range(5):
    print(i, i * i)
for i in range(10, 0, -3):
    print(i)
else:
    print("done")
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
for c in "abc":
    print(c)
for x in [1, 2.5, "s", None, True]:
    print(x)
print(len("hello"), len([1, 2, 3]), len(range(7)))
