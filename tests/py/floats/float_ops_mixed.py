print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2))
print(5 // 0.3, 5 % 0.3, divmod(1, 0.1))
print(-0.0 == 0.0, str(-0.0), -0.0 + 0.0, 0.0 * -1)
print(1.5 + 2, 3 * 1.5, 2 - 0.5, 10 / 4, 2 ** 0.5 * 2 ** 0.5)
print(float(3), float('3.25'), float(' -1.5e3 '), float('1_000.5'), float(True))
print(int(2.9), int(-2.9), round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(-1.5))
print(round(3.14159, 3), round(1234.5678, -2), round(0.125, 2), round(0.375, 2), round(2.5, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(abs(-3.5), abs(3.5), -(-1.25))
print(3.0.is_integer(), 3.5.is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print(1e300 * 1e10, -1e300 * 1e10)
print(1.0 == 1, 1.5 > 1, 2 ** 53 + 1 > 2.0 ** 53, 0.1 + 0.2 == 0.3)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
print(float.__name__, 3.0.hex() if hasattr(float, 'hex') else '')
try:
    float('abc')
except ValueError as e:
    print(type(e).__name__, e)
try:
    float('')
except ValueError as e:
    print(type(e).__name__, e)
print(2.0 ** 1000)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
