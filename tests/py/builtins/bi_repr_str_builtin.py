vals = [0, -1, 1.5, 1e100, -0.0, float('inf'), 'a', "it's", '"q"', '', None, True, [1, 'b'], (1,), (), {1: 'x'}, set(), {1, 2}, frozenset([3]), range(2, 5), range(0, 10, 2), b'\x00a', bytearray(b'z'), 1 + 2j, slice(1, None)]
for v in vals:
    print(repr(v), str(v))
print(repr(repr('x')), str(str(5)), repr(str), repr(int), repr(len), repr(print))
