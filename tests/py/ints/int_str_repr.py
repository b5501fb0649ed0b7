for n in [0, 5, -5, 10 ** 10, -(10 ** 30), 2 ** 64, 12345678901234567890]:
    print(n, str(n), repr(n), len(str(n)), str(n)[0])
print(str(7) + str(8), int(str(99)) + 1, str(-0), str(0x10), str(0o10), str(0b10), str(1_000_000))
print([str(i) for i in range(-3, 4)], ','.join([str(i * i) for i in range(6)]))
print(f'{10 ** 25}', f'{-(2 ** 70)}', len(f'{2 ** 1000}'))
