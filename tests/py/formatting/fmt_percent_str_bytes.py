tests = [lambda: b'%s' % 'x', lambda: b'%b' % 1, lambda: b'%r' % 'x', lambda: b'%a' % 'é', lambda: b'%c' % 256, lambda: b'%c' % 'a', lambda: b'%c' % b'ab', lambda: b'%c' % 65, lambda: b'%c' % b'A', lambda: b'a' % 5, lambda: b'%s %s' % (b'a',), lambda: b'%(a)s' % (1,), lambda: b'%(a)s' % {b'a': b'x'}, lambda: b'%(a)s' % {'a': b'x'}, lambda: b'%y' % 1, lambda: b'%5s|%-5s|%.1s' % (b'ab', bytearray(b'cd'), b'xyz'), lambda: b'%d %x %5.2f %e %g' % (1,255,3.14159,1e10, 0.5), lambda: b'%s' % b'mv', lambda: b'%r' % b'x', lambda: b'%c' % -1, lambda: b'%c' % 1.0, lambda: b'%d' % 'x', lambda: '%c' % 'ab', lambda: '%c' % 1.5, lambda: 'a' % 5, lambda: '%s' % [1], lambda: '%(a)s' % [1], lambda: 'a' % [], lambda: 'a' % {}, lambda: '%s %s' % {'a':1}, lambda: b'%s' % {b'a':1}, lambda: b'%%%s' % (b'a',), lambda: bytearray(b'%s') % (b'x',), lambda: b'%s' % bytearray(b'x'), lambda: '%(a)' % {'a':1}, lambda: '%(a' % {'a':1}, lambda: '%*d' % (5, 1), lambda: '%.*f' % (2, 1.2345), lambda: '%*d' % ('x', 1), lambda: '%d' % (), lambda: '%s' % ((1,2),), lambda: '%s' % (1,2), ]
for i,f in enumerate(tests):
  try: print(i, repr(f()))
  except Exception as e: print(i, type(e).__name__, e)
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 7}, '%-6s|%6.2f|%+d|% d|%05d|%#x|%#o|%X|%e|%E|%G' % ('ab', 3.14159, 5, 5, -42, 255, 8, 255, 12345.678, 0.00012, 1e-10))
print('%s %r %a' % ('é', 'é', 'é'), '%c%c' % (65, 'z'), '%i %u' % (True, 3.9), '%.3s|%10.4s|' % ('abcdef', 'abcdef'))
print('%s' % None, '%d%%' % 50, '%(x)r' % {'x': [1, 'a']}, '%5.1f%%' % 99.55)
try: print('%(missing)s' % {'x': 1})
except KeyError as e: print('KeyError', e)
