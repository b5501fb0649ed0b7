print('a,b,,c'.split(','), 'a b  c '.split(), '  x  '.split(), ''.split(), ''.split(','))
print('a,b,c,d'.split(',', 2), 'a,b,c,d'.rsplit(',', 2), 'a b c'.rsplit(None, 1))
print('line1\nline2\r\nline3\rline4'.splitlines(), 'a\n\nb\n'.splitlines(), 'a\nb\n'.splitlines(True))
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'abc'.partition('x'), 'abc'.rpartition('x'))
print(','.join(['a', 'b', 'c']), ''.join([]), '-'.join('xyz'), ', '.join(map(str, [1, 2, 3])))
print('a\tb\tc'.split('\t'), 'aXbXc'.split('X', 0), '1  2'.split(' '))
print('x'.join(['', '', '']), '::'.split(':'))
try:
    ','.join(['a', 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    'abc'.split('')
except ValueError as e:
    print(type(e).__name__, e)
print('a b\tc\nd\x0be\x0cf'.split())
print('one two three'.split(maxsplit=1), 'one two three'.rsplit(maxsplit=1))
