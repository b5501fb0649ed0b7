print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(5, 0, -1)), list(range(-3, 3)), list(range(3, -3, -2)))
for start, stop, step in [(0, 10, 3), (10, 0, -3), (0, 0, 1), (5, 1, 1), (-10, -1, 4)]:
    r = range(start, stop, step)
    print(start, stop, step, list(r), len(r))
acc = []
for i in range(3):
    for j in range(i, 3):
        acc.append(i * 10 + j)
print(acc)
print(sum(range(1, 1001)), len(range(0, 1000, 7)), 49 in range(0, 100, 7), 50 in range(0, 100, 7))
r = range(10)
print(r[3], r[-1], max(r), min(r), r.index(4), list(reversed(r)))
