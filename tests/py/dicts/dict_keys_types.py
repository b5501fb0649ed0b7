d = {}
d[1] = 'int'
d[1.0] = 'float overwrites int key'
d[True] = 'bool overwrites too'
d[(1, 2)] = 'tuple'
d[frozenset([1])] = 'frozenset'
d[None] = 'none'
d[-0.0] = 'neg zero'
d[0] = 'zero'
print(d, len(d))
print(d[1], d[1.0], d[True], d[0.0], d[frozenset({1})])
big = {2 ** 100: 'big', -1: 'm1', -2: 'm2'}
print(big, big[2 ** 100], hash(-1) == hash(-2))
nan = float('nan')
e = {nan: 1}
print(e[nan], float('nan') in e)
for bad in [[1], {1: 2}, {3}, ([1], 2)]:
    try:
        d[bad] = 0
    except TypeError as err:
        print(type(err).__name__, err)
