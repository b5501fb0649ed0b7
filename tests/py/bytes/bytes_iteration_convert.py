data = b'Hello\x00\xff'
for i, byte in enumerate(data):
    print(i, byte, hex(byte), chr(byte) if 32 <= byte < 127 else '.')
print(list(data), tuple(data[:2]), sum(data), max(data), min(data), sorted(data)[:3])
print(bytes(reversed(data)), data[::-1] == bytes(reversed(data)), data * 0, data[-1:], data[2:4])
print(bytes([x ^ 0x20 for x in b'abc']), bytes(x + 1 for x in b'HAL'), b''.join([b'a', bytes([66]), b'c']))
print(data.hex(), bytes.fromhex(data.hex()) == data, data.count(0), data.index(b'l'), b'l' in data, 108 in data)
print(str(data), repr(data), len(repr(data)), ascii(b'x'), data == bytearray(data), b'a' < b'b' < b'ba')
