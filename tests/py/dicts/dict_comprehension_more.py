words = ['apple', 'bob', 'kayak', 'level', 'python', 'noon']
print({w: w == w[::-1] for w in words})
print({len(w): w for w in words})
print({w[0]: [x for x in words if x[0] == w[0]] for w in words})
sq = {n: n * n for n in range(-3, 4)}
print(sq, {v: k for k, v in sq.items()})
print({k: v for k, v in sq.items() if v > 3}, {k: sq[k] for k in sorted(sq, reverse=True)})
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid, grid[(1, 2)], sorted(grid.values()))
groups = {}
for n in range(12):
    groups.setdefault(n % 4, []).append(n)
print(groups)
merged = {**{'a': 1, 'b': 2}, **{'b': 3, 'c': 4}}
print(merged, dict(sorted(merged.items(), key=lambda kv: -kv[1])))
