data = [1, 5, 12, 7, 30, 2]
if (n := len(data)) > 5:
    print('long list', n)
print([y for x in data if (y := x * 2) > 10])
print(y)
i = 0
while (i := i + 1) < 5:
    print('i', i)
print('after', i)
vals = []
it = iter([3, 2, 1, 0, 9])
while (v := next(it)) != 0:
    vals.append(v)
print(vals)
def f(x):
    return x * 10
print([(a, a // 2) for k in range(4) if (a := f(k)) % 20 == 0])
print((z := 5), z + 1)
total = 0
print([total := total + k for k in range(5)], total)
if not (m := 0):
    print('m is falsy', m)
print(any((hit := w).startswith('b') for w in ['apple', 'banana', 'cherry']), hit)
