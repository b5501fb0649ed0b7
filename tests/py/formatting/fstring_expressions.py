a, b = 6, 7
xs = [3, 1, 2]
d = {'key': 'value', 'n': 3}
print(f'{a * b} {a + b:>4} {a / b:.3f} {a // b} {a % b} {a ** 2} {-a}')
print(f'{xs} {xs[0]} {xs[-1]} {len(xs)} {sorted(xs)} {max(xs)} {sum(xs)}')
print(f"{d['key']} {d['n'] * 2} {list(d)} {'key' in d}")
print(f'{a if a > b else b} {"yes" if xs else "no"} {[x * 2 for x in xs]}')
print(f'{(lambda n: n + 1)(a)} {str(a) * 2}')
print(f'{a}{b}' f'{a + b}' 'plain' f'{{}}')
print(f'''{a}
{b}''')
name = 'x'
print(f'{name!r:>5} {name!s:<3}| {3.0!r} {[1, "a"]!r}')
print(f'{a=} {b=:>4} {a*b = } {xs[0]=}')
