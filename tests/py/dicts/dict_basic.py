d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 10
print(d, len(d), 'a' in d, 'z' in d, 'z' not in d)
for k in d:
    print(k, d[k])
print({}, dict(), dict([(1, 2), (3, 4)]), dict(x=1, y=2), dict({'q': 0}))
print({1.0: 'x', 1: 'y', True: 'z'})
print({(1, 2): 3, None: 4, -1: 5, 2.5: 6, 2**70: 7})
print(d == {'a': 10, 'b': 2, 'c': 3}, d == {'a': 1}, {1: [1]} == {1: [2]})
print(bool({}), bool({0: 0}))
e = {}
e[e and 1 or 'k'] = e
print(e)
print(isinstance(d, dict), type(d))
try:
    {[1]: 2}
except TypeError as exc:
    print('TypeError:', exc)
try:
    d[{}] = 1
except TypeError as exc:
    print('TypeError:', exc)
try:
    d['zz']
except KeyError as exc:
    print(repr(exc), exc)
print(hash(1) == hash(1.0), hash(-1), hash(2**61), hash((1, 2)), hash(None) == hash(None))
d['missing']
