for bad in [lambda: b'a' + 'b', lambda: 'a' + b'b', lambda: b'abc'[5], lambda: b'abc'.index(b'z'), lambda: bytes([300]),
            lambda: bytes('é', 'ascii'), lambda: b'\x80'.decode('ascii'), lambda: b'x' * 'y', lambda: b'ab'.decode('nope'),
            lambda: bytes.fromhex('0'), lambda: b'%d' % 'x', lambda: hash(bytearray(b'x')), lambda: b'a' < 'a']:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError, LookupError) as e:
        print(type(e).__name__, e)
