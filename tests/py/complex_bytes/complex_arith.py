a = 1 + 2j
b = 3 - 4j
print(a, b, repr(a), str(b))
print(a + b, a - b, a * b, a / b)
print(a + 1, 1 + a, a - 2.5, 2.5 - a, a * 3, 3 * a, a / 2, 2 / a)
print(2j * 3, 1j * 1j, (1+2j) ** 2, 2 ** (1+1j), (1+2j) ** 0.5, (1+2j) ** -2)
print(True + 1j, 1j + False, (1j) ** 0, 0j ** 0)
print(-a, +a, -(0j), -(-0j))
print(abs(3+4j), abs(-2j), abs(0j))
print(1j.real, 1j.imag, (2+3j).conjugate(), a.real + a.imag)
print((1).real, (1).imag, (2.5).real, (2.5).imag, (7).conjugate(), (2.5).conjugate(), True.real)
print(complex(), complex(1), complex(1.5), complex(1, 2), complex(1.5, -2.5), complex('1+2j'))
print(complex(' 3-4j '), complex('j'), complex('-1.5e3j'), complex('(1+2j)'), complex(2j, 1j))
print(complex(real=1, imag=3), complex(imag=2), complex(True), complex(1j))
print(1e300 * 1e300j, (1+1j) / 1e-320)
print((-8) ** 0.5, (-1) ** 0.5, (-2.0) ** 1.5)
print(sum([1j, 2, 3.5]), 1j * 10 ** 20)
x = 1 + 1j
x += 2
x *= 1j
print(x)
for z in [0j, 1j, -1j, 1.5+0j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(1e16, 1e-5)]:
    print(z, bool(z), z == z.real, z != 0)
