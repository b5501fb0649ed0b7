ba = bytearray(b'abc')
print(ba, len(ba), ba[0], ba[-1])
ba[0] = 65
ba.append(100)
ba.extend(b'ef')
print(ba, bytes(ba), ba.decode())
ba += b'!'
print(ba, ba * 2, ba[1:4], ba[::-1])
ba.pop()
print(ba, ba.pop(0), ba)
ba.insert(0, 90)
ba.reverse()
print(ba, list(ba), ba == b'fedcbZ', bytearray(3), bytearray([1, 2]), bytearray('hé', 'utf-8'))
ba[1:3] = b'XYZ'
print(ba)
del ba[0]
print(ba, ba.find(b'Z'), ba.upper(), b'xy' in ba)
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[50]
except IndexError as e:
    print(type(e).__name__, e)
print(bytearray(b'a,b').split(b','), bytearray().hex(), bytearray(b'\x01\x02').hex())
