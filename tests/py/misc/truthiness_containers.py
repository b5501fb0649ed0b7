def t(v):
    return 'T' if v else 'F'
vals = [0, 1, -1, 0.0, -0.0, 1e-300, float('nan'), 0j, '', ' ', '0', [], [[]], (), ((),), {}, {0: 0}, set(), {0}, frozenset(), range(0), range(1), None, True, False, b'', b'\x00', bytearray()]
print(''.join(t(v) for v in vals))
print([v for v in [0, 1, '', 'a', [], [0]] if v])
print(len([v for v in vals if not v]))
x = []
print(x or 'empty', x and 'full', not x, bool(x) is False)
print(all([]), any([]), all([[]]), any([[]]), all([0.0]), any([0.0, 'x']))
