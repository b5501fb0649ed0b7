def reraise():
    try:
        raise ValueError('original')
    except ValueError:
        print('handling, then re-raise')
        raise
try:
    reraise()
except ValueError as e:
    print('caught again', e)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
try:
    raise KeyError('k') from ValueError('v')
except KeyError as e:
    print(repr(e), repr(e.__cause__))
def raise_in_finally():
    try:
        raise ValueError('first')
    finally:
        print('finally runs')
try:
    raise_in_finally()
except ValueError as e:
    print('propagated', e)
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError('a') from 5
except TypeError as e:
    print(type(e).__name__, e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise
    except RuntimeError as e:
        print(type(e).__name__, e)
finally:
    print('done')
err = RuntimeError('saved')
for i in range(2):
    try:
        raise err
    except RuntimeError as e:
        print(i, e is err)
