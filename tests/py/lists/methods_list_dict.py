l = [3, 1, 2]
l.append(5)
l.extend([9, 0])
l.extend(range(2))
print(l, l.pop(), l.pop(0), l)
l.insert(0, 'a')
l.insert(-1, 'b')
l.insert(100, 'c')
print(l)
l.remove('a')
l.remove('b')
l.remove('c')
print(l, l.index(2), l.count(0), l.count(7))
l.sort()
print(l)
l.sort(reverse=True)
print(l)
l.reverse()
print(l, l.copy() == l, l.copy() is l)
pairs = [(1, 'b'), (0, 'z'), (1, 'a'), (0, 'y')]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
words = ['bb', 'a', 'ccc', 'dd', 'e']
words.sort(key=len)
print(words)
print(sorted([3, 1, 2]), sorted('cab', reverse=True), sorted({'b': 1, 'a': 2}))
m = [1]
m.clear()
print(m)
d = {'a': 1, 'b': 2, 'c': 3}
print(d.get('a'), d.get('q'), d.get('q', 0))
print(d.keys(), d.values(), d.items(), list(d.items()), len(d.keys()), 'a' in d.keys())
for k, v in d.items():
    print(k, v)
print(d.pop('a'), d.pop('zz', None), d.setdefault('e', 7), d.setdefault('b', 0), d)
d.update({'f': 1}, g=2)
d.update([('h', 3)])
print(d, d.copy(), d.popitem(), d)
d.clear()
print(d)
print('a,b,c'.split(','), 'a b  c'.split(), '-'.join(['x', 'y', 'z']), '  hi '.strip())
print('abc'.upper(), 'ABC'.lower(), 'aXa'.replace('a', 'b'), 'hello'.find('l'), 'hello'.find('z'))
print('hello'.startswith('he'), 'hello'.endswith(('lo', 'x')), 'xxhixx'.strip('x'))
print(sum([1, 2, 3]), sum([0.5, 1], 1), list(enumerate('ab')), list(enumerate('ab', 1)))
print(list(zip([1, 2, 3], 'ab')), list(reversed([1, 2, 3])), any([0, 1]), all([]), all([1, 0]))
print(list(map(lambda x: x * x, [1, 2, 3])), list(filter(None, [0, 1, 2])))
try:
    [].pop()
except IndexError as exc:
    print('IndexError:', exc)
try:
    [1].index(5)
except ValueError as exc:
    print('ValueError:', exc)
try:
    sorted([1, 'a'])
except TypeError as exc:
    print('TypeError:', exc)
{}.pop('k')
