# bytes literals: prefixes, escapes, raw, triple-quoted, concatenation.
a = b'bytes'
b = B"BYTES"
c = br'raw\n'
d = rb"raw\x00"
e = Rb'x'
f = bR'x'
g = BR"x"
h = b'\x00\xff\n\t\\\'"'
i = b'\101\0\777'
j = b'concat' b"enation"
k = b"""triple
quoted"""
l = b''
m = b'\a\b\f\v\r'
n = b'\
continued'
o = b'\q'
