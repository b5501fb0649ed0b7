s = {3, 1, 2, 100, 9, 33}
print(s, len(s), 3 in s, 4 in s)
print(set(), set(range(20)), {-1, -2, 7, 8, 2**70}, set([5, 5, 5]))
print({1, 1.0, True}, {0, False, 0.0})
for x in {64, 1, 32, 8}:
    print(x)
t = {1}
t.add(2)
t.add(10)
t.discard(5)
t.remove(1)
print(t, t.pop(), t)
print({1, 2} == {2, 1}, {1} == {1, 2}, bool(set()))
words = {'pear', 'apple', 'fig'}
print(sorted(words), 'fig' in words, len(words))
try:
    {[1], 2}
except TypeError as exc:
    print('TypeError:', exc)
try:
    t.remove(99)
except KeyError as exc:
    print('KeyError:', exc)
u = set('abcab')
print(len(u), sorted(u))
print(set().pop())
