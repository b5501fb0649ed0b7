print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675]])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.135, 2), round(3.14159, 0), round(-3.5), round(1234.5, -1), round(1250, -2), round(1350, -2))
print(round(5), round(5, 2), round(15, -1), round(25, -1), round(-25, -1), round(123456, -3), type(round(5, 2)).__name__, type(round(5.0)).__name__)
print(round(1e300, 2), round(123.456, -5), round(0.5 + 1e-16))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-0.5, 1), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) if False else 0, pow(3, 4, 5), pow(-3, 3, 7), pow(2, -1, 5), pow(10 ** 10, 10 ** 10, 97))
print(2 ** 3 ** 2, (2 ** 3) ** 2, (-1) ** 0.5 if False else 'skip', 0 ** 0, 0.0 ** 0)
for bad in [lambda: pow(2, 3.0, 5), lambda: pow(2, -1, 4), lambda: round('x'), lambda: divmod('a', 1), lambda: round(1.5, 'x')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
