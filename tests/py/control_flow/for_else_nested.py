for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
for i in []:
    print('never')
else:
    print('empty for else')
for i in range(3):
    if i == 5:
        break
else:
    print('no break, i =', i)
result = []
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        result.append((i, j))
print(result)
for i, ch in enumerate('abc'):
    pass
print(i, ch)
total = 0
for x in [1, 2, 3, 4, 5, 6]:
    if x == 5:
        break
    total += x
else:
    total = -1
print(total)
items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
    print(x, end=' ')
print()
