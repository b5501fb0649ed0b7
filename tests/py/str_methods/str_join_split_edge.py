print(repr(' '.join([])), repr(''.join(['a'])), repr(', '.join(('x', 'y'))), repr('-'.join({'k': 1})), repr(''.join(reversed('abc'))))
print('a  b'.split(' '), ' a b '.split(' '), ' a b '.split(), '  '.split(' '), 'aXXbXX'.split('XX'), 'abc'.split('abc'))
print('a b c d'.split(None, 2), 'a b c d'.rsplit(None, 2), '  a  b  '.split(None, 1), '  a  b  '.rsplit(None, 1))
print('a,b,c'.split(',', -1), 'a,b,c'.split(',', 0), 'a,b,c'.rsplit(',', 1), ',a,'.split(','), ''.rsplit('x'))
print('\n'.join(['l1', 'l2']).splitlines(), 'x\n'.split('\n'), 'x\n'.splitlines(), '\r\n\r\n'.splitlines(), 'a\x1cb\x85c\u2028d'.splitlines())
print('abc'.partition('b'), 'abc'.partition('c'), 'abc'.partition('a'), 'aaa'.partition('a'), 'aaa'.rpartition('a'))
try:
    'a'.partition('')
except ValueError as e:
    print(type(e).__name__, e)
print(str.split('a b'), str.join('+', ['1', '2']))
