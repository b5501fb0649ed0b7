# Exact integer arithmetic: no wraparound, floor semantics.
print(2 ** 100)
print(-7 // 2, -7 % 2, 7 // -2, 7 % -2)
print(10 ** 20 + 1, (10 ** 20 + 1) * (10 ** 20 - 1))
x = 9223372036854775807
print(x + 1, -x - 2)
print(1 << 70, (1 << 70) >> 69)
print(-5 & 3, -5 | 3, -5 ^ 3, ~5)
print(True + True, 3 * False)
