records = [('d', 2), ('a', 1), ('c', 2), ('b', 1), ('e', 3), ('f', 1)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
lst = records[:]
lst.sort(key=lambda r: -r[1])
print(lst)
lst.sort(key=lambda r: r[1] % 2, reverse=True)
print(lst)
vals = [3, 1, 2, 1, 3]
print(sorted(vals, key=lambda v: 0), sorted(range(10), key=lambda v: v % 3), sorted(range(10), key=lambda v: v % 3, reverse=True))
print(sorted([0.5, -1, 2, -0.0, 0]), sorted(['10', '9', '100'], key=int), sorted(['b', 'a'], key=None))
print(sorted([[2, 'x'], [1, 'z'], [2, 'a']]), sorted([(1, 2), (1,), ()]))
