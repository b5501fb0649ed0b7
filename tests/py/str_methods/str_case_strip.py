for s in ['hello World', 'HELLO', 'hello', 'Hello World', "they're bill's friends", '123abc', 'ABC def GHI', '']:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.istitle(), s.isupper(), s.islower())
print('  pad  '.strip(), '  pad  '.lstrip(), '  pad  '.rstrip(), 'xxpadxx'.strip('x'), 'abcpadcba'.strip('abc'))
print(repr('\t\n x \r\n'.strip()), 'www.example.com'.lstrip('w.'), 'mississippi'.rstrip('ips'))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), 'abc'.zfill(2), ''.zfill(3))
print('abc'.center(9), '|' + 'abc'.center(8, '*') + '|', 'abc'.ljust(6, '.'), 'abc'.rjust(6), 'abc'.center(2))
print('a\tbc\td'.expandtabs(), 'a\tbc\td'.expandtabs(4), '\t'.expandtabs(2))
for s in ['abc', 'ABC', 'abc123', '123', '', ' ', 'a b', '12.5', 'Abc', '_x1', 'x-y', 'for']:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isspace(), s.isidentifier(), s.isprintable())
