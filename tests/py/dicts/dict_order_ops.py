d = {}
for k in [5, 3, 9, 1, 7]:
    d[k] = k * k
print(d)
d[3] = 'updated'
print(d)
del d[5]
d[5] = 'back'
print(d, list(d))
keys = {10: 'x', -1: 'y', 2.5: 'z', (1, 2): 't', None: 'n', True: 'b', 'str': 's'}
print(keys, keys[(1, 2)], keys[None], keys[1])
print({1: 'a', 1.0: 'b', True: 'c'})
inv = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inv)
counts = {}
for w in 'a b a c b a'.split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: kv[1], reverse=True))
print(max(counts, key=counts.get), min(counts.values()), sum(counts.values()))
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d = {1: 2}
    for k in d:
        d[k + 1] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
nested = {'a': {'b': {'c': 1}}}
nested['a']['b']['d'] = 2
print(nested, nested['a']['b'])
print(list(reversed({1: 2, 3: 4})), list(reversed({1: 2}.items())))
print({k: v for k, v in zip(range(3), 'xyz')}, dict.fromkeys(range(3), []))
