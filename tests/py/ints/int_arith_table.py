vals = [0, 1, -1, 7, -7, 12, 2 ** 31, -2 ** 31, 2 ** 63 - 1, 10 ** 20]
for a in vals[:6]:
    row = []
    for b in [1, -1, 3, -3, 5]:
        row.append((a + b, a - b, a * b, a // b, a % b))
    print(a, row)
for v in vals:
    print(v, v * v, v * 3 - 1, -v, abs(v), v // 7, v % 7, v ** 2 // 3)
