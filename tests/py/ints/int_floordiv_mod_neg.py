pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 5), (-1, 5), (1, -5), (-1, -5), (17, 17), (-17, 17)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
big = 10 ** 25 + 7
for a, b in [(big, 3), (-big, 3), (big, -3), (-big, -3), (big, 10 ** 12), (-big, 10 ** 12), (5, big), (-5, big)]:
    q, r = divmod(a, b)
    print(q, r, q * b + r == a)
print(-1 // 1, -0 // 5, 3 // -1)
print(-2 ** 2, (-2) ** 2, 2 ** -1)
print(-7 % 3 == 2, 7 % -3 == -2)
