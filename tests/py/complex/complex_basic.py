a = 3 + 4j
b = complex(1, -2)
print(a, b, repr(a), type(a).__name__)
print(a + b, a - b, a * b, a / b)
print(a.real, a.imag, a.conjugate(), abs(a))
print(1j * 1j, 1j ** 2, (1 + 1j) ** 2, 2j)
print(complex(2), complex('1+2j'), complex(0, 0), complex(-0.0, 1))
print(a == 3 + 4j, a != b, 1 + 0j == 1, complex(1, 0) == 1.0)
print(-a, +a, a * 2, a / 2, 2 / (1 + 1j))
print(1j, -1j, 0j, 1e20j, 1.5 + 0.5j)
print(complex(1.5, float('inf')), complex(float('nan'), 0))
print(hash(1 + 0j) == hash(1), bool(0j), bool(1j))
try:
    print(a < b)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    complex('abc')
except ValueError as e:
    print(type(e).__name__, e)
print(f'{a}', str(a), format(a, ''), f'{1.5+2.25j:.2f}')
print(sum([1j, 2, 3.5]), [x.imag for x in [1j, 2 + 3j]])
