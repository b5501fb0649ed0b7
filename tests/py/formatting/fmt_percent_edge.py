print('%5s|%-5s|%.1s|%5.2s|' % ('abc', 'abc', 'abc', 'abc'))
print('%3d|%-3d|%03d|%+03d|% 03d|%x|%#X|%o|%#o' % (7, 7, 7, 7, 7, 3054, 3054, 8, 8))
print('%.0f %.1f %.2f %.3f' % (2.5, 0.05, 0.125, 1.0005), '%e' % 0, '%g %g %g' % (100000, 1000000, 0.00001))
print('%s' % [1, 2], '%s' % {'a': 1}, '%r' % 'x', '%s %s' % ('only', 'two'), '%c' % 10004)
print('%(a)s-%(b)05.1f-%(a)r' % {'a': 'A', 'b': 2.25}, '%%d' % (), '100%%' % ())
print('%i%%' % 50, '%5.1f%%' % 99.44, 'x' * 3 % () if False else 'ok')
print('%s' % b'bytes', '%s' % 1.0, '%s' % 1e20, '%r' % 1e-7, '%d' % 10 ** 20, '%x' % -255, '%.3g' % 1234.5)
for bad in [('%d', 'a'), ('%c', 'ab'), ('%(x)s', ('tuple',)), ('%', ()), ('%s %s', (1, 2, 3))]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
