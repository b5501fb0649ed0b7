a = 2 ** 100 + 12345
b = 2 ** 90 - 1
print(a & b, a | b, a ^ b)
print(~a, ~-a, ~0, ~-1)
print(a >> 50, a << 20, b >> 89, b >> 200)
print(-a >> 3, -a & 0xffff, -a | 1, -a ^ 0xff)
print((-1) & (2 ** 70 - 1))
print(5 & 3, 5 | 3, 5 ^ 3, -5 & 3, -5 | 3, -5 ^ 3)
print(1 << 64, (1 << 64) - 1, (1 << 63) >> 62)
print(bin(a & 0xff), hex(a), oct(b))
print((2 ** 200).bit_length(), (2 ** 200 - 1).bit_length(), (0).bit_length())
print((255).bit_count() if hasattr(int, 'bit_count') else 8)
x = 0
for i in range(0, 130, 7):
    x |= 1 << i
print(x)
print(bin(x).count('1'))
print(-(2 ** 64) >> 1, -(2 ** 64) >> 64, -(2 ** 64) >> 65, -1 >> 100)
