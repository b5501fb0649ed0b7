print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min('hello'), max('a', 'b'), max([1, 2], [1, 3]))
print(max([], default='empty'), min([], default=None), max([5], default=0))
print(max(['aa', 'b', 'cccc'], key=len), min(['aa', 'b', 'cccc'], key=len), max([-5, 3], key=abs), min(3, -4, key=abs))
print(max([(1, 'b'), (1, 'a')]), max([1, 3, 3.0]), min([2, 2.0]), max(2.0, 2), max([3, 1, 3], key=lambda x: 0))
print(max(range(10), key=lambda x: x % 4), min({3: 'a', 1: 'b'}), max({5, 2, 8}), max('zebra', 'apple', key=lambda s: s[1]))
for bad in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 'a'), lambda: max(1, 2, default=0)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
