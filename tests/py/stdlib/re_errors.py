import re
for p in ['*a', 'a**', 'a|*', '(*a)', '(a', 'a)', '[a', '[]', r'\q', 'z[b-a]', '(?<x)', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=b)', r'(a)\2', r'(a\1)', 'a(?i)b', 'a{3,2}', '(?<=a+)b', '(?P<a', '(?', '(?z)', 'a{,3}', 'x{2}{3}', 'a*?+', 'a++', '(?#c)x', r'[\d-z]', '\\', r'\x4', r'\u12', r'\N{foo}', '(?P=a)(?P<a>x)', '(?(1)a|b)', '(a)(?(1)b|c)', '(?(2)a)', '(?i:a)b', '(?-i:a)', '(?a:x)', '(?L)x', r'\8', r'\01', r'\141', '(?x) a b # c', 'a{1,2', 'a{', '[\\w-]', '(?P<a>a)(?P=a)', '[^]', 'a]', '{3}']:
    try:
        r = re.compile(p)
        print(repr(p), 'OK', r.groups)
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, e.pos)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
for p, s in [('a', 5), (5, 'a')]:
    try:
        re.search(p, s)
    except TypeError as e:
        print("TypeError", e)
for repl in [r'\9', r'\g<x>', r'\g<1', r'\q', '\\', r'\g<>', r'\g<a-b>']:
    try:
        print(re.sub('(a)', repl, 'abc'))
    except re.error as e:
        print('error:', e)
    except IndexError as e:
        print('IndexError', e)
e = re.error("msg", "ab\ncd", 4)
print(e, e.lineno, e.colno, e.pos, e.msg)
try:
    re.compile("a\n(b")
except re.error as e:
    print(e)
m = re.match("(a)(?P<n>b)?", "a")
for g in [3, -1, "zz", 1.0]:
    try:
        m.group(g)
    except IndexError as e:
        print("IndexError", e)
