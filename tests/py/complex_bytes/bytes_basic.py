b = b'hello world'
print(b, repr(b), str(b), len(b), b[0], b[-1], b[1:5], b[::-1], b[::2], b[100:], b[-3:])
print(list(b'abc'), [x for x in b'\x00\xff'], tuple(b'hi'))
print(b'ell' in b, 104 in b, 300 - 200 in b, b'' in b, b'xyz' in b, bytearray(b'wor') in b)
print(b'ab' + b'cd', b'ab' * 3, 2 * b'xy', b'a' * 0, b'a' * -1)
print(b'abc' == b'abc', b'abc' != b'abd', b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'abc' <= b'abc', b'x' >= b'y')
print(b'abc' == 'abc', b'a' == bytearray(b'a'), bytearray(b'a') == b'a', b'' == bytearray())
print(hash(b'abc') == hash(b'abc'), {b'a': 1, b'b': 2}[b'b'], len({b'a', b'a', b'b'}))
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes('héllo', 'utf-8'), bytes('abc', encoding='ascii'))
print(bytes(b'xyz'), bytes(bytearray(b'q')), bytes((x for x in [1, 2])), bytes('é', 'latin-1'), bytes(True))
print(b'\t\n\r\\\'"\x7f\x80', b"it's", b'say "hi"', b'both \' and "')
print(bool(b''), bool(b'a'), b'' or b'default', isinstance(b'', bytes), isinstance(b'', bytearray), type(b'').__name__)
print('héllo'.encode(), 'héllo'.encode('utf-8'), 'abc'.encode('ascii'), 'é'.encode('latin-1'), 'é€'.encode('ascii', 'replace'))
print('é€'.encode('ascii', errors='ignore'), 'é'.encode(encoding='utf8'), 'x€'.encode('ascii', 'xmlcharrefreplace'), 'é'.encode('ascii', 'backslashreplace'))
print(b'h\xc3\xa9llo'.decode(), b'abc'.decode('ascii'), b'\xff'.decode('latin-1'), b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode(errors='ignore'))
print(b'a\xffb'.decode('ascii', 'backslashreplace'), bytearray(b'xy').decode())
for x in b'AZ':
    print(x, chr(x))
print(f'{b"abc"}', format(b'x'), str(bytearray(b'ab')), [b'a', bytearray(b'b')])
print(sorted([b'b', b'a', b'ab']), max(b'abc'), min(b'abc'), sum(b'\x01\x02'))
x = b'ab'
x += b'cd'
x *= 2
print(x)
print(ord(b'a'), b'abc'.hex(), bytes.fromhex('41 42 43'), bytes.fromhex(''), bytearray.fromhex('ff00'))
print(b'\x01\x02\x03\x04'.hex(':'), b'\x01\x02\x03\x04'.hex('-', 2), b'\x01\x02\x03'.hex(b'.', -2), b''.hex())
