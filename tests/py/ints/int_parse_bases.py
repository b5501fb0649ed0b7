print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0))
print(int('777', 8), int('0o777', 0), int('0b1011', 0), int('1011', 2))
print(int('z', 36), int('ZZ', 36), int('10', 36))
print(int('  42  '), int('-42'), int('+42'), int('1_000_000'))
print(int('0'), int('-0'), int('000'))
print(int(3.99), int(-3.99), int(True), int(False))
print(int('12345678901234567890123456789'))
print(int('-0x10', 16), int('0b_1', 0))
print(int(1e20), int(-2.5e15))
for s, base in [('12', 2), ('', 10), ('0x', 16), ('1 2', 10), ('abc', 10), ('09', 0), ('1__0', 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('10', 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('10', 37)
except ValueError as e:
    print(type(e).__name__, e)
