ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[-1], ba[1:3], ba[::-1], repr(ba), str(ba))
ba[0] = 72
ba[-1] = ord('O')
print(ba)
ba.append(33)
ba.extend(b' abc')
ba.extend([100, 101])
ba.extend(bytearray(b'?'))
ba.extend(x for x in range(65, 68))
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.insert(0, 42)
ba.insert(100, 43)
ba.insert(-1, 44)
print(ba)
ba.remove(42)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c[0] = 48
print(ba == c, ba[0] != c[0])
ba.clear()
print(ba, len(ba), bool(ba))
ba += b'xyz'
alias = ba
ba += bytearray(b'!')
print(ba, alias is ba)
ba *= 2
print(ba, alias is ba)
r = bytearray(b'0123456789')
r[2:5] = b'ab'
print(r)
r[0:0] = [120, 121]
print(r)
r[::2] = b'ZZZZZZ'
print(r)
del r[0]
print(r)
del r[::3]
print(r)
del r[1:3]
print(r)
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray(b'ab'), bytearray('hé', 'utf-8'), bytearray(range(3)))
print(isinstance(r, bytearray), isinstance(r, bytes), type(r).__name__, type(r))
for x in bytearray(b'AB'):
    print(x)
def t(name, f):
    try:
        print(name, '->', f())
    except Exception as e:
        print(name, '->', type(e).__name__, e)
def a1():
    b = bytearray(b'a')
    b[0] = 300
def a2():
    b = bytearray(b'a')
    b[0] = 'x'
def a3():
    b = bytearray(b'a')
    b[5] = 1
def a4():
    b = bytearray(b'ab')
    b[0:1] = 5
def a5():
    b = bytearray(b'abcd')
    b[::2] = b'xyz'
def a6():
    b = bytearray(b'a')
    del b[3]
t('set 300', a1)
t('set str', a2)
t('set oob', a3)
t('slice int', a4)
t('ext slice size', a5)
t('del oob', a6)
t('append 256', lambda: bytearray(b'a').append(256))
t('append str', lambda: bytearray(b'a').append('a'))
t('pop empty', lambda: bytearray().pop())
t('pop oob', lambda: bytearray(b'a').pop(5))
t('remove missing', lambda: bytearray(b'a').remove(9))
t('extend int', lambda: bytearray(b'ab').extend(5))
t('extend bad item', lambda: bytearray(b'ab').extend([1, 999]))
