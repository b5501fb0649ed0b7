cases = [ValueError(), ValueError('msg'), ValueError('a', 'b'), ValueError(42), ValueError(None), ValueError(''),
         KeyError('k'), KeyError(1), KeyError(('a', 1)), KeyError(), IndexError('i'), ZeroDivisionError('z'),
         OSError(2, 'No such file'), StopIteration(7), SystemExit(3), RuntimeError(['list']), Exception('x', 1, [2])]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
