xs = [(i * 7919) % 23 for i in range(200)]
ps = [(x % 5, i) for i, x in enumerate(xs)]
print(sorted(xs))
print(sorted(ps, key=lambda p: p[0]))
print(sorted(ps, key=lambda p: p[0], reverse=True))
print(sorted([x for i, x in enumerate(xs) if i < 40], reverse=True))
for bad in [[1, 'a'], ['a', 1], [1, 2, 'a'], [3, 2, 1, 'a'], [1, 2, 3, 'x', 0]]:
    try:
        sorted(bad)
    except TypeError as e:
        print(e)
