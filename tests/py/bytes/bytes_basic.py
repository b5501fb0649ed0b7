b = b'hello'
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1], list(b))
print(b + b' world', b * 2, b'ell' in b, 104 in b, b.upper(), b.find(b'l'), b.count(b'l'))
print(b'\x00\x01\xff', b'\t\n\r\\', b"'", b'"', b'\'"', bytes(3), bytes([65, 66, 67]), bytes(range(5)))
print(b.decode(), b'caf\xc3\xa9'.decode('utf-8'), 'café'.encode(), bytes('abc', 'ascii'))
print(b.hex(), bytes.fromhex('41 42 ff'), b'a,b,c'.split(b','), b'-'.join([b'x', b'y']))
print(b == b'hello', b < b'help', b'' == bytes(), b'abc'.startswith(b'ab'), b.replace(b'l', b'L'))
print(b.strip(b'ho'), b'  x '.strip(), b'abc'.isalpha(), b'123'.isdigit(), b'Hi'.lower())
print(type(b).__name__, type(b[0]).__name__, bool(b''), hash(b'') == hash(b''))
for bad in [lambda: bytes([256]), lambda: b'a' + 'b', lambda: b'\xff'.decode('utf-8'), lambda: bytes('x'), lambda: b[10]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(int.from_bytes(b'\x00\x10', 'big'), (4096).to_bytes(2, 'big'), b'%d-%s' % (5, b'x'))
