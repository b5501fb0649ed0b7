print(1+0j == 1, 1 == 1+0j, 1.0 == 1+0j, 1j == 1j, 1j != 1j, 1+1j == 1, 2j == 2)
print(0j == 0, 0j == False, 1+0j == True, 1j == 'x', 1j == None, 1j in [1, 1j])
print(complex(2**53 + 1, 0) == 2**53 + 1, complex(2.0**53, 0) == 2**53)
print(hash(1+0j) == hash(1), hash(2.5+0j) == hash(2.5), hash(0j) == hash(0))
print(hash(1+2j), hash(-1j), hash(3-4j), hash(complex(1e300, 1e300)))
d = {1: 'int', 2j: 'c'}
d[1+0j] = 'complex'
print(d, d[2j], {1j, 1j, 2j, 0j, 0})
print(isinstance(1j, complex), isinstance(1, complex), isinstance(1j, (int, float)), type(1j).__name__, type(1j))
ops = [('<', lambda l, r: l < r), ('<=', lambda l, r: l <= r), ('>', lambda l, r: l > r), ('>=', lambda l, r: l >= r)]
for name, op in ops:
    for l, r in [(1j, 2j), (1j, 1), (1, 1j), (1.5, 1j)]:
        try:
            print(op(l, r))
        except TypeError as e:
            print('TypeError', e)
def t(name, f):
    try:
        print(name, '->', f())
    except Exception as e:
        print(name, '->', type(e).__name__, e)
t('1j // 2', lambda: 1j // 2)
t('1j % 2', lambda: 1j % 2)
t('2 // 1j', lambda: 2 // 1j)
t('divmod(1j, 2)', lambda: divmod(1j, 2))
t('divmod(2, 1j)', lambda: divmod(2, 1j))
t('~1j', lambda: ~1j)
t('1j / 0', lambda: 1j / 0)
t('1j / 0j', lambda: 1j / 0j)
t('0j ** -1', lambda: 0j ** -1)
t('1j + "a"', lambda: 1j + "a")
t('"a" * 1j', lambda: "a" * 1j)
t('[1] * 1j', lambda: [1] * 1j)
t('1j << 1', lambda: 1j << 1)
t('1j & 1', lambda: 1j & 1)
t('int(1j)', lambda: int(1j))
t('float(1j)', lambda: float(1j))
t('complex([])', lambda: complex([]))
t('complex(1, [])', lambda: complex(1, []))
t('complex("1", 2)', lambda: complex("1", 2))
t('complex(1, "2")', lambda: complex(1, "2"))
t('complex("x")', lambda: complex("x"))
t('complex(1, 2, 3)', lambda: complex(1, 2, 3))
t('complex("1+2j+3j")', lambda: complex("1+2j+3j"))
t('(10.0+0j) ** 1000', lambda: (10.0+0j) ** 1000)
t('abs(complex(1e308, 1e308))', lambda: abs(complex(1e308, 1e308)))
t('complex(1e308, 1e308) * 10', lambda: complex(1e308, 1e308) * 10)
t('complex(10**400)', lambda: complex(10**400))
t('1j + 10**400', lambda: 1j + 10**400)
t('1j.foo', lambda: 1j.foo)
t('(1j).conjugate(1)', lambda: (1j).conjugate(1))
print(1j < 2j)
