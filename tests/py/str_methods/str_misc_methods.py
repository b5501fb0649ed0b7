t = str.maketrans('abc', 'xyz')
print('aabbcc'.translate(t), 'abc'.translate({97: None, 98: 'BB'}), str.maketrans({'a': 'b'}))
print('hello'.encode(), 'héllo'.encode('utf-8'), 'abc'.encode('ascii'))
try:
    'héllo'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print('a-b-c'.split('-'), '{} {}'.format(1, 2), 'x'.join('12'))
print('%d items' % 5, 'abc'.__getitem__(1), str.upper('q'), str.join(',', 'ab'))
print('hello'.index('l'), 'hello'.count('l'), 'Hello'.casefold(), 'ab'.isascii())
print('abc' * 2 == 'abcabc', 'ABC'.lower().upper())
print(sorted(['b', 'A', 'c', 'B'], key=str.lower), sorted(['b', 'A', 'c', 'B']))
print('0x1f'.startswith('0x'), ' '.join('a b   c'.split()))
print('title case words'.title().swapcase(), 'x'.ljust(3, '0') + 'y'.rjust(3, '0'))
