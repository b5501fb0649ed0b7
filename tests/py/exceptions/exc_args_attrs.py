e = ValueError('bad', 42)
print(e.args, str(e), repr(e), len(e.args))
print(repr(ValueError()), str(ValueError()), ValueError().args, repr(ValueError('x')), str(KeyError('k')), repr(KeyError('k')))
print(str(KeyError()), str(KeyError(1, 2)), repr(IndexError(5)), str(Exception(None)), repr(Exception('a', 'b')))
try:
    {}['missing']
except KeyError as err:
    print(err.args, repr(err), err.__cause__, err.__context__, err.__suppress_context__)
try:
    [][0]
except IndexError as err:
    print(err.args, err)
try:
    int('x')
except ValueError as err:
    print(err.args)
try:
    raise RuntimeError('outer') from KeyError('cause')
except RuntimeError as err:
    print(repr(err.__cause__), repr(err.__context__), err.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('during')
except TypeError as err:
    print(repr(err.__context__), err.__cause__, err.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError('during') from None
except TypeError as err:
    print(repr(err.__context__), err.__cause__, err.__suppress_context__)
e2 = Exception('x')
e2.args = ('changed', 1)
print(e2, e2.args)
print(StopIteration(5).value, SystemExit(3).code, KeyError('a') == KeyError('a'))
