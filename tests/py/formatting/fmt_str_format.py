print('{} {} {}'.format(1, 'a', [2]))
print('{0} {1} {0}'.format('x', 'y'), '{1}{0}'.format('a', 'b'))
print('{name} is {age}'.format(name='Ann', age=5), '{0[1]} {1[k]}'.format([1, 2], {'k': 'v'}))
print('{:>8}|{:<8}|{:^8}|{:*^8}'.format('a', 'b', 'c', 'd'))
print('{:.2f} {:,} {:x} {:#b} {:e} {:%}'.format(3.14159, 1234567, 255, 5, 1000.0, 0.25))
print('{!r} {!s} {!a}'.format('q', 'q', 'é'))
print('{{}} {{{}}}'.format(7))
print('{0:{1}}|{0:>{1}}|{2:.{3}f}'.format('ab', 6, 2.71828, 2))
class P:
    def __init__(self):
        self.x = 10
        self.y = 20
p = P()
print('{0.x},{0.y}'.format(p), '{p.x}'.format(p=p))
for fmt, args in [('{}', ()), ('{0} {}', (1, 2)), ('{', ()), ('}', ()), ('{x}', ())]:
    try:
        print(fmt.format(*args))
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(format(12.5, '08.3f'), format('s', '^5'), format([1, 2]), format(None))
print('{:,.2f}'.format(-9876543.219), '{:+.0e}'.format(123456))
