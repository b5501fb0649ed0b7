s = 'abracadabra'
for sub in ['a', 'ab', 'abra', 'z', '', 'bra']:
    print(repr(sub), s.count(sub), s.find(sub), s.rfind(sub), s.startswith(sub), s.endswith(sub))
print(s.count('a', 3), s.count('a', 3, 8), s.count('a', -4), s.find('a', 4, 6), s.rfind('a', 0, 5))
print(s.startswith('cad', 4), s.startswith('cad', 4, 6), s.endswith('cad', 0, 7), s.startswith(('x', 'abr')), s.endswith(()))
print(s.index('c'), s.rindex('a'), s.index('a', 1), s.rindex('b', 0, 5))
try:
    s.startswith(['a'])
except TypeError as e:
    print(type(e).__name__, e)
print('aaa'.count('a', 10), ''.count(''), 'abc'.count('', 1), 'x'.find('', 5), 'abc'.find('', 3))
