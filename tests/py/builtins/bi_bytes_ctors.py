print(bytes(), bytes(2), bytes([104, 105]), bytes('hé', 'utf-8'), bytes(b'x'), bytes(range(65, 70)), bytes(bytearray(b'ba')))
print(bytearray(), bytearray(2), bytearray([1, 255]), bytearray('x', 'ascii'), bytearray(b'abc')[1:])
print(bytes.fromhex('deadbeef'), bytes.fromhex('00 ff').hex(), b'abc'.hex(), b'\x01\x02'.hex(':'))
for bad in [lambda: bytes('x'), lambda: bytes([1, 256]), lambda: bytes(-1), lambda: bytes.fromhex('zz'), lambda: bytes(1.5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
