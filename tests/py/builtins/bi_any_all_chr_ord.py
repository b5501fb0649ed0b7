print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]), any(iter([0, 0, 3])), all(x > 0 for x in [1, 2, -1]))
print(chr(65), chr(0x263A), chr(0), ord('A'), ord('€'), ord('\n'), [ord(c) for c in 'AZaz09'])
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord('ab'), lambda: ord(''), lambda: ord(5), lambda: chr('a')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 70))
print(ascii('abc'), ascii('é✓'), ascii(['ü']), ascii(5), ascii('\n'))
print(format(255, 'x'), format(3.14159, '.2f'), format('hi', '>5'), format(1234567, ','), format(True), format(0.5, '%'))
print(callable(len), callable(5), callable(lambda: 0), callable(int), callable('s'), callable(print))
for bad in [lambda: hex(1.5), lambda: bin('1')]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
