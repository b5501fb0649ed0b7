for n in [0, 1, -1, 7, 255, -255, 4096, 10 ** 18, -(2 ** 64)]:
    print(n, str(n), repr(n), hex(n), oct(n), bin(n), int(str(n)), int(hex(n), 16), int(oct(n), 0), int(bin(n), 0))
print(int('1' * 50), int('-' + '9' * 40) + 1, len(str(7 ** 500)), str(7 ** 100)[:20])
print(int('  +0012  '), int('1_2_3'), int('0o17', 8), int('0B11', 2), int('Z', 36), int('-zz', 36))
print(str(2 ** 64), str(-2 ** 63), format(2 ** 64, ','), format(-2 ** 63, '_x'))
