vals = [3.5, -1.25, 0.0, 2, -0.0, 1e10, 1e-10, 7, -100.5]
print(sorted(vals), max(vals), min(vals))
print(sorted(vals, reverse=True))
print([v for v in vals if v > 0], [v for v in vals if v == 0])
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 == 0.30000000000000004, 1 / 3 == 0.3333333333333333)
print(1.0 < 1.0000000000000002, 2 ** 53 == 2 ** 53 + 1.0, 1e16 + 1 == 1e16)
print(3 < 3.5 < 4, -1.5 < -1 < 0.0, 2.0 >= 2 > 1.999)
