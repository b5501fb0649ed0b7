print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2], [1, [2]] < [1, [3]])
print(sorted([[3, 1], [1, 2], [1], [2, 0]]), max([[1, 2], [1, 10]]), min([[0, 5], [0, 4]]))
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, grid[1][2], [row[1] for row in grid], list(zip(*grid)))
grid[0][0] = 'x'
print(grid)
flat = [v for row in grid for v in row]
print(flat, len(flat))
a = [1, 2, 3]
b = [a, a]
a.append(4)
print(b, b[0] is b[1])
print(list(), list('abc'), list(range(3)), list((1, 2)), list({1: 2, 3: 4}))
print(3 in [1, 2, 3], [3] in [[3]], 'a' in ['abc'])
try:
    [1, 2] < [1, 'a']
except TypeError as e:
    print(type(e).__name__, e)
nested = [1, [2, [3, [4, [5]]]]]
def depth(x):
    return 1 + max((depth(y) for y in x), default=0) if isinstance(x, list) else 0
print(depth(nested), nested[1][1][1])
r = []
r.append(r)
print(r, len(r))
