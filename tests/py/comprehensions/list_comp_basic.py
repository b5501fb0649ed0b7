nums = [4, 7, 1, 8, 3, 6]
print([n * 2 for n in nums])
print([n for n in nums if n % 2 == 0])
print([(n, n * n) for n in nums if n > 3])
print([x + y for x in [1, 2] for y in [10, 20, 30]])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
print([w.upper() for w in 'the quick fox'.split()])
print([len(w) for w in ['', 'a', 'abc']])
print({n: n % 3 for n in nums})
print({n % 3 for n in nums})
print([i for i in range(20) if i % 3 == 0 if i % 2 == 0])
print([c for c in 'Mississippi' if c in 'sp'])
matrix = [[1, 2], [3, 4], [5, 6]]
print([v for row in matrix for v in row], [row[0] for row in matrix])
