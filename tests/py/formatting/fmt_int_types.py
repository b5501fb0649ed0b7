for n in [0, 5, 255, -255, 65535, 10 ** 12, -1]:
    print(f'{n:b}|{n:o}|{n:x}|{n:X}|{n:d}|{n:#b}|{n:#o}|{n:#x}|{n:#X}|{n:c}' if 0 <= n < 1114112 else f'{n:b}|{n:o}|{n:x}|{n:X}|{n:d}|{n:#b}|{n:#o}|{n:#x}|{n:#X}')
for n in [1234567, -1234567, 1000, 999, 12345678901234]:
    print(f'{n:,}|{n:_}|{n:_x}|{n:_b}|{n:+,}|{n:>15,}|{n:015,}|{n:#_x}|{n:n}')
print(f'{42:08b}|{42:#010b}|{-42:#010x}|{42:+#x}|{42: d}|{-42: d}')
print(f'{255:e}|{255:.2f}|{255:g}|{255:%}|{3:.1%}')
print(format(97, 'c'), format(0x1F40D, 'c'), format(10, '^#8x'))
for bad in ['.2d', ',x', 's']:
    try:
        format(5, bad)
    except ValueError as e:
        print(type(e).__name__, e)
