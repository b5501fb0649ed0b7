total = 0
for i in range(1, 11):
    if i % 3 == 0:
        continue
    total += i
print('total', total)
found = None
for word in ['alpha', 'beta', 'gamma', 'delta']:
    if 'm' in word:
        found = word
        break
print('found', found)
count = 0
n = 27
while n != 1:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    count += 1
print('collatz steps', count)
rows = []
for r in range(4):
    row = []
    for c in range(4):
        if c > r:
            break
        row.append(r * c)
    rows.append(row)
print(rows)
i = 10
while i > 0:
    i -= 3
else:
    print('ended with', i)
for x in range(3):
    for y in range(3):
        if x == y:
            continue
        if x + y == 3:
            break
        print(x, y)
