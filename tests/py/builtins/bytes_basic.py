b = b'ab\x00\'"\n\\\x7f\x80'
print(b, len(b), b == b'ab\x00\'"\n\\\x7f\x80', list(b'hi'), bytes([65, 66]), bytes(3), bytes('hé', 'utf-8'))
print(b"it's", b'say "x"', b"both ' \"", repr(b''), type(b'').__name__)
print({b'a': 1}[b'a'], b'x' in [b'x'], bool(b''), bool(b'a'))
