print(int('42'), int('-17'), int('+8'), int('  12\n'), int('0'), int('-0'), int('007'))
print(int('ff', 16), int('FF', 16), int('0xFF', 16), int('0xff', 0), int('11', 2), int('0b11', 0), int('17', 8), int('0o17', 0))
print(int('z', 36), int('10', 36), int('1_000'), int('0x_1f', 0), int('123456789123456789123456789'))
print(int(3.7), int(-3.7), int(True), int(False), int(1e18), int(-0.9))
for s in ['', ' ', '1.0', '1e3', 'abc', '0x10', '--1', '1 0', '_1']:
    try:
        print(int(s))
    except ValueError as e:
        print('ValueError', e)
for s, b in [('9', 8), ('g', 16), ('2', 2), ('0b2', 0), ('08', 0)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print('ValueError', e)
