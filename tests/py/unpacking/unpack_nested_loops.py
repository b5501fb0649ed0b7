pairs = [(1, 'one'), (2, 'two'), (3, 'three')]
for num, name in pairs:
    print(num, name)
for i, (num, name) in enumerate(pairs):
    print(i, num, name[0])
d = {'x': (1, 2), 'y': (3, 4)}
for key, (a, b) in d.items():
    print(key, a + b)
nums, names = zip(*pairs)
print(nums, names)
def swap(t):
    a, b = t
    return b, a
print(swap((1, 2)), [swap(p) for p in pairs])
a, b, c = (x * 2 for x in range(3))
print(a, b, c)
(a, b), (c, d) = 'ab', 'cd'
print(a, b, c, d)
first, second, *_ = sorted([5, 3, 9, 1])
print(first, second)
lst = [1, 2, 3]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
a, b = 1, 2
a, b = a + b, a - b
print(a, b)
x = y = z = 0
x += 1
print(x, y, z)
