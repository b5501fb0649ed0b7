print(dict(), dict(a=1), dict({'x': 1}, y=2), dict([('k', 'v')], k='override'), dict(zip(range(3), 'abc')), dict.fromkeys('ab', 0))
print(set(), set([3, 1, 3]), set(range(4)), set({'a': 1}), set((5, 5, 6)), frozenset(range(3)), frozenset({1: 2}))
print(list({1: 'a', 2: 'b'}.items()), tuple({5: 0}), sorted(set('hello')), len(frozenset('aab')))
d = dict(one=1, two=2)
print(d, d == {'two': 2, 'one': 1}, dict(d) is d, dict(d) == d)
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
