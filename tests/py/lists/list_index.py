xs = [10, 20, 30]
print(xs[0], xs[-1], xs[2], xs[-3])
xs[1] = "twenty"
print(xs)
xs[-1] = xs[0] + 5
print(xs, len(xs))
t = (1, (2, 3), [4, 5])
print(t[1][0], t[2][-1], t[-1])
t[2][0] = 99
print(t)
r = range(5, 50, 5)
print(r[0], r[-1], r[3], len(r))
print([1, 2] + [3], [0] * 3, (1,) + (2, 3), (0,) * 2, 2 * [None])
print([[1] * 2] * 2, [] * 5, [1, 2] * -1)
ys = [1, 2]
ys += [3]
ys *= 2
print(ys)
print(3 in ys, 5 in ys, 4 not in (1, 2), 2 in range(5), 7 in range(0, 10, 2))
print([True, 1, 1.0] == [1, 1, 1], [1, 2] != [1, 2], [1, 2] < [1, 2, -1])
print(xs[True], "abc"[False])
