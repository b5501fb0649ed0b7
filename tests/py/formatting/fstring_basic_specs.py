name = 'Ada'
age = 36
pi = 3.14159265
print(f'{name} is {age} years old')
print(f'{name:>10}|{name:<10}|{name:^10}|')
print(f'{age:5d}|{age:<5d}|{age:05d}|{age:+d}|{-age:d}')
print(f'{pi:.2f}|{pi:10.4f}|{pi:<10.1f}|{pi:e}|{pi:.3g}')
print(f'{1234567:,}|{1234567.891:,.2f}|{0.256:.1%}|{255:x}|{255:X}|{255:o}|{255:b}')
print(f'{age * 2}|{name.upper()}|{len(name)}|{[age, pi]}|{(age, name)}')
print(f'{name!r}|{"q"!r}|{age!s}')
items = ['a', 'b']
print(f'{items[0]}{items[1]}|{items}|{ {"k": 1} }')
print(f'{age:#x}|{age:#o}|{age:#b}|{age:08.2f}|{-pi:+.1f}|{pi: .2f}')
