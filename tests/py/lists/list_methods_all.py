a = [3, 1, 4, 1, 5]
a.append(9); print(a)
a.extend([2, 6]); print(a)
a.insert(0, 7); a.insert(-1, 8); a.insert(100, 0); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
print(a.index(5), a.index(1), a.count(1), a.count(42))
a.reverse(); print(a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
b = a.copy(); b.append(100); print(a, b)
a.clear(); print(a, len(a))
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].pop(5)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
c = [1, 2, 3]
c += [4]; c *= 2; print(c)
c += 'ab'; print(c)
print([1, 2] + [3], [0] * 4, 2 * [None], [[]] * 2, [1, 2] * 0)
x = [[0]] * 3
x[0].append(1)
print(x)
print([5, 3, 8].index(8), ['a', 'b', 'a'].index('a', 1), [1, 2, 3, 2].index(2, 2, 4))
