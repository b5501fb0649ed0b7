b = b'Hello, World! hello'
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize())
print(b.count(b'l'), b.find(b'World'), b.rfind(b'l'), b.index(b'H'), b.startswith(b'Hell'), b.endswith((b'x', b'lo')))
print(b.split(), b.split(b', '), b.rsplit(b' ', 1), b.partition(b','), b.replace(b'l', b'L', 2))
print(b'  pad  '.strip(), b'xxhixx'.strip(b'x'), b'a\nb\r\nc'.splitlines(), b','.join([b'a', b'b']))
print(b'abc'.center(7, b'*'), b'7'.zfill(3), b'ab'.ljust(4, b'.'), b'ab'.rjust(4))
print(b'123'.isdigit(), b'abc'.isalpha(), b'a1'.isalnum(), b' '.isspace(), b'ABC'.isupper(), b'abc'.islower())
print(b'abc' < b'abd', b'a' * 3, b'ab' + bytes([99]), list(b'az'), b'%s=%d' % (b'k', 5), b'x' in b'xyz', 120 in b'xyz')
print(b'caf\xc3\xa9'.decode(), b'abc'.decode('ascii'), bytes(reversed(b'abc')), b'abc'[1], b'abc'[1:2])
