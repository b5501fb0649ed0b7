fs = frozenset([3, 1, 2, 2])
print(fs, frozenset(), len(fs), 2 in fs, type(fs).__name__, repr(frozenset('ab')) == repr(frozenset('ab')))
s = {2, 3, 4}
print(fs | s, fs & s, fs - s, fs ^ s)
print(s | fs, s & fs, s - fs, s ^ fs)
print(type(fs | s).__name__, type(s | fs).__name__)
print(fs == frozenset({1, 2, 3}), fs == {1, 2, 3}, {1, 2, 3} == fs, fs != s)
print(frozenset({1}) < fs, fs <= fs, fs < fs, fs > frozenset(), s >= {2})
d = {fs: 'x', frozenset(): 'empty'}
print(d[frozenset([1, 2, 3])], d[frozenset()])
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([1])), hash(frozenset([-1, 5, 100])))
print({frozenset([1, 2]), frozenset([2, 1]), frozenset([3])})
print(sorted(fs), list(frozenset(range(10))), isinstance(fs, frozenset), isinstance(fs, set))
print(fs.union([7]), fs.intersection({1, 9}), fs.difference([1]), fs.issubset([1, 2, 3, 4]), fs.isdisjoint([8]))
print(fs.copy() is fs, frozenset(fs) is fs, frozenset(x * 2 for x in range(4)))
s2 = {1, 2}
s2 |= {3}
print(s2, s.union({9}, [10]))
def t(f):
    try:
        print(repr(f()))
    except BaseException as e:
        print(type(e).__name__, e)
t(lambda: fs.add(1))
t(lambda: frozenset([1], [2]))
t(lambda: frozenset(1))
t(lambda: hash({1}))
t(lambda: frozenset([[1]]))
t(lambda: fs | [1])
