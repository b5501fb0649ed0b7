zs = [1j, -1j, 1 + 1j, -2.5 + 0j, 3 - 4j, complex(0, -0.0), complex(-0.0, 0), 1e20 + 1e-20j, complex(2, 1e300)]
for z in zs:
    print(repr(z), str(z), z.real, z.imag, abs(z) if abs(z) < 1e200 else 'big')
a, b = 2 + 3j, 1 - 1j
print(a + b, a - b, a * b, a / b, a ** 2, b ** 3, a * 2, a / 2, 2 / a, -a, +b)
print(a + 1, 1 + a, a - 1.5, a == 2 + 3j, a != b, (1 + 0j) == 1, (1.5 + 0j) == 1.5)
print(complex('3'), complex('-2j'), complex(' 1-2j '), complex('(1+2j)'), complex(1.5), complex(True))
print(pow(1j, 2), 1j ** 0.5, (-1) ** 0.5, (1 + 1j).conjugate(), abs(3 + 4j))
for bad in [lambda: complex('1+'), lambda: (1j) // 1, lambda: 1j % 2, lambda: 1j < 2j, lambda: int(1j), lambda: float(1j), lambda: 1 / 0j]:
    try:
        print(bad())
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
