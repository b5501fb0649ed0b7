d = {'b': 2, 'a': 1}
d['c'] = 3
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get('a'), d.get('z'), d.get('z', 0), 'a' in d, 'z' not in d)
print(d.setdefault('a', 100), d.setdefault('e', 5), d)
print(d.pop('e'), d.pop('zz', 'dflt'), d)
print(d.popitem(), d)
d.update({'x': 9, 'a': 11})
d.update(y=8)
d.update([('z', 7)])
print(d)
e = d.copy()
e['new'] = 1
print(d == e, len(d), len(e))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0))
print(dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({'k': 'v'}, k2='v2'), dict(zip('ab', [1, 2])))
d.clear()
print(d, bool(d))
try:
    d['missing']
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.pop('x')
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print({1: 'a'} == {1: 'a'}, {1: 'a', 2: 'b'} == {2: 'b', 1: 'a'}, {1: 2} != {1: 3})
print({'a': 1} | {'b': 2}, {'a': 1, 'b': 2} | {'a': 3})
f = {'a': 1}
f |= {'c': 3}
print(f)
