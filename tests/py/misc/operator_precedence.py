print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 * 3 ** 2, 10 - 4 - 3, 100 / 10 / 5)
print(1 + 2 == 3, 1 < 2 == 2 > 1, not 1 == 2, not (1 and 0), 1 | 2 ^ 3 & 4, (1 | 2) ^ (3 & 4), 1 << 2 + 1, ~1 + 1)
print(5 % 3 * 2, 5 * 3 % 2, -7 // 2 * 2, 2 ** -1, -3 ** 2, 7 - -3, 7 + +3, not not 0)
print(True or False and False, (True or False) and False, 1 if 0 else 2 if 0 else 3, 3 > 2 and 'x' or 'y')
print(1 + 2 * 3 - 4 / 2 ** 2, 'a' + 'b' * 2, [1] * 2 + [2], 3 in [3] == True if False else 3 in [1, 3])
a = 5
a += 3 * 2
a -= 1
a *= 2
a //= 3
a **= 2
a %= 7
a <<= 3
a >>= 1
a |= 1
a &= 0xff
a ^= 2
print(a)
print(0b1010 & 0b0110, 0o17 | 0x10, 1_000 * 2)
