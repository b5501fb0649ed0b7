s = '  Hello, World  '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.upper(), s.lower())
t = s.strip()
print(t.split(', '), t.split(), t.replace('l', 'L'), t.find('o'), t.find('z'), t.count('o'))
print(t.startswith('Hell'), t.endswith('!'), t.isalpha(), 'abc'.isalpha(), '123'.isdigit(), ' '.isspace())
print('-'.join(['a', 'b', 'c']), ''.join(['x', 'y']), ', '.join([t, t]))
print('abc'.upper().lower(), 'Title case here'.title(), 'hello'.capitalize())
print('x=1;y=2'.split(';'), 'a,b,,c'.split(','), 'path/to/file'.rsplit('/', 1))
print(len(t), t[0], t[-1], t[4], 'o' in t, 'xyz' not in t)
