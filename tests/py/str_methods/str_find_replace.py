s = 'hello world, hello python'
print(s.find('hello'), s.find('hello', 1), s.rfind('hello'), s.find('xyz'), s.find(''), s.rfind(''))
print(s.index('world'), s.rindex('o'), s.count('hello'), s.count('l'), s.count(''), s.count('l', 5, 15))
print(s.replace('hello', 'bye'), s.replace('hello', 'bye', 1), s.replace('', '-')[:12], s.replace('l', ''))
print(s.startswith('hello'), s.startswith(('x', 'he')), s.endswith('python'), s.endswith('on', 0, 10), s.startswith('world', 6))
try:
    s.index('xyz')
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex('xyz')
except ValueError as e:
    print(type(e).__name__, e)
print('aaa'.count('aa'), 'aaaa'.replace('aa', 'b'), 'abc'.find('c', -1), 'abc'.find('a', -1))
print('abcabc'.removeprefix('abc'), 'abcabc'.removesuffix('bc'), 'abc'.removeprefix('x'))
print('Mississippi'.find('ss', 3), 'Mississippi'.rfind('ss', 0, 5), 'Mississippi'.replace('ss', 'SS', 5))
