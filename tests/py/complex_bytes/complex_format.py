z = 3.14159 - 2.5j
print(format(z, ''), format(z, '.2f'), format(z, '>30'), format(z, '^30.3e'), format(z, '+g'))
print(f'{z}', f'{z!r}', f'{z:.1f}', f'{1j:10}', f'{complex(1, 0):g}', f'{-0j}')
print(str(1j), repr(-1j), [1j, 2+0j], (1j,), {'k': 1e-7j})
print(1e20j, 1e16+1j, complex(float('inf'), float('nan')), complex(-0.0, -0.0))
for spec in ['d', 'x', '%', '=10', '010']:
    try:
        print(format(1+2j, spec))
    except ValueError as e:
        print('ValueError', e)
