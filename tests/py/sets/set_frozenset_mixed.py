a = {1, 2, 3}
f = frozenset({2, 3, 4})
print(a | f, f | a, a & f, f - a, a ^ f, type(a | f).__name__, type(f | a).__name__)
print(a == {3, 2, 1}, f == frozenset([4, 3, 2]), a == frozenset(a), {f: 1}[frozenset({2, 3, 4})])
s = {frozenset({1}), frozenset({1, 2}), frozenset()}
print(len(s), frozenset() in s, frozenset({2, 1}) in s)
print(sorted(len(x) for x in s), sorted(sorted(x) for x in s))
print(a.issubset(f | a), f.issuperset({2}), frozenset().isdisjoint(a), a.copy() == a, f.copy() is f)
print(set(f), frozenset(a), hash(frozenset()) == hash(frozenset([])), frozenset([1, 2]) | {3})
