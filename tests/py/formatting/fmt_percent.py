print('%s %s %s' % ('a', 1, [1, 2]))
print('%r %r' % ('a', 1.5), '%a' % 'é')
print('%d %i %u' % (42, -7, 3), '%5d|%-5d|%05d|%+d|% d' % (42, 42, 42, 42, 42))
print('%x %X %o %#x %#X %#o' % (255, 255, 8, 255, 255, 8))
print('%f %.2f %10.3f %-10.1f| %e %.3E %g %G' % (3.14159, 3.14159, 3.14159, 3.14159, 12345.6789, 0.000123, 1e-5, 1e20))
print('%c%c%c' % (72, 'i', 33), '%%', '%s%%' % 50)
print('%(name)s is %(age)d' % {'name': 'Bob', 'age': 30})
print('%*d|%-*d|%.*f' % (5, 1, 5, 2, 2, 3.14159))
print('%s' % (1,), '%s' % ((1, 2),), '%s' % 'single')
print('%.3s|%5.1s|' % ('abcdef', 'xyz'))
print('%d' % 3.99, '%x' % 255, '%s' % None, '%d' % True)
for fmt, args in [('%d', ('x',)), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', (1,)), ('%d', (None,))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
