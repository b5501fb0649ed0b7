z = 3.14159 - 2.71828j
print(f'{z}', f'{z:.2f}', f'{z:10.1f}|', f'{z:e}', f'{z:g}', format(z, '.3'), '{:>20}|'.format(z))
print(str(1 + 2j), repr(1.0 + 2.0j), str(0.5j), str(-0j), str(complex(1, -0.0)), str(1e-5j), str(1e16j))
print(hash(1 + 0j) == hash(1), hash(0j) == hash(0), {1 + 0j: 'a', 1: 'b'})
print(sum([1 + 1j, 2 - 3j, 0.5]), [abs(w) for w in [1j, 3 + 4j, -5]], sorted([3 + 0j, 1 + 0j], key=abs))
print(complex(3, 4) * complex(3, -4), (1 + 2j) * 1j, 1j * 1j * 1j * 1j)
