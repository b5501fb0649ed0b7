for n in [1, 5, 255, 2 ** 40, -1, -256]:
    print(n, n << 1, n << 10, n << 70, n >> 1, n >> 3, n >> 70, n & 0xF, n | 0x100, n ^ -1)
flags = 0
for bit in [0, 3, 5, 64, 100]:
    flags = flags | (1 << bit)
print(flags, flags >> 64, flags & ((1 << 64) - 1))
x = 0b1011_0110
print(x, x & 0b1111, (x >> 4) & 0b1111, ~x & 0xFF, x ^ 0xFF)
count = 0
m = 2 ** 100 - 1
while m:
    m = m & (m - 1)
    count += 1
print(count)
