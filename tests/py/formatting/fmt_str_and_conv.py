s = 'hello'
print(f'{s!r} {s!s} {s!a} {"é"!a} {s!r:>10} {s:.3} {s:>8.2} {s:^9.4}|')
x = [1, 'two', 3.0]
print(f'{x} {x!r} {x[1]} {x[1]!r} {len(x)} {x[0] + 2}')
d = {'k': 'v'}
print(f"{d['k']} {d!r} {'nested ' + f'{1 + 1}'}")
print(f'{{literal}} {{{s}}} {"}"}')
a, b = 3, 4
print(f'{a=} {b = } {a + b=} {s=!s} {a=:5}')
print(f'{a}{b}{a}', f'{a:{b}}')
print(f'{3.0!r} {None!s} {True:>6} {True!r:>6} {None!r:>5}')
try:
    print(f'{s:d}')
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(f'{5:s}')
except ValueError as e:
    print(type(e).__name__, e)
print(f'{"":*^5}', f'{"abc":0<6}', f'{"abc":=^6}')
