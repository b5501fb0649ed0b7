d = {'a': 1, (1, 2): 'tuple', 3: 'int'}
for k in ['a', 'b', (1, 2), (2, 1), 3, 3.0, 4]:
    try:
        print(repr(k), d[k])
    except KeyError as e:
        print('KeyError', e)
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
try:
    d[[1]] = 2
except TypeError as e:
    print('TypeError', e)
print(d)
