rows = [('apple', 3, 1.5), ('kiwi', 12, 0.25), ('watermelon', 1, 7.0)]
for name, qty, price in rows:
    print('%-12s|%4d|%8.2f|%10.3e' % (name, qty, price, qty * price))
print('%(n)s=%(v)d (%(v)x hex)' % {'n': 'val', 'v': 255})
print('%5s%%' % 'x', '%-6.2f|' % 3.14159, '%+.3d' % 7, '%.3d' % -7, '%#.3o' % 8, '%08.3f' % -3.5)
print('%s %s' % ('tuple', ('nested',)), '%r' % ((1, 2),), '%s' % [('a', 1)])
print('%c' % 'é', '%c' % 9731, '%5c|' % 'x', '%-5c|' % 'y')
print('%.2s' % 'abc', '%.0f' % 0.5, '%.0f' % 1.5, '%g' % 1e-4, '%g' % 1e-5, '%G' % 1e16, '%.10g' % 0.1)
