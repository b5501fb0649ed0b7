a, b = 'spam', 'eggs'
print(a + b, a * 3, 3 * b, a * 0, a * -1, 'x' in a, 'pa' in a, '' in a, 'ap' not in a)
print(a < b, a > b, a == 'spam', a != 'Spam', 'abc' < 'abd', 'ab' < 'abc', '' < 'a')
print(len(a), len(''), max(a), min(a), sorted(a), list(a), tuple(b))
s = ''
for ch in 'hello':
    s = ch + s
print(s)
s = 'x'
s += 'y'
s *= 3
print(s)
print(str(42), str(-1.5), str([1, 'a']), str(None), str(('a',)), repr('it\'s'), repr("say \"hi\""), repr('both \' and "'))
print('abc'[1], 'abc'[-1], 'a' 'b' 'c')
print('''multi
line''', """x""")
print(r'\n\t', len(r'\n'), '\\n')
print('%s and %r' % ('str', 'str'))
print(ord('a'), chr(97), [chr(i) for i in range(65, 70)])
print('abc'.__len__(), 'abc'.__contains__('b'), 'a'.__add__('b'))
print(hash('') == 0)
print(str(), repr(''), bool(''), bool(' '))
try:
    'a' + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' * 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' - 'b'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
