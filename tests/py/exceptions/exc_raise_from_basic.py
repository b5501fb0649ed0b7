def convert(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError('bad input ' + repr(s)) from e
for s in ['1', 'x']:
    try:
        print(convert(s))
    except TypeError as e:
        print('TypeError', e)
def hide():
    try:
        [][0]
    except IndexError:
        raise KeyError('hidden') from None
try:
    hide()
except KeyError as e:
    print('KeyError', e)
try:
    try:
        raise ValueError('first')
    except ValueError:
        raise RuntimeError('second')
except RuntimeError as e:
    print('RuntimeError', e)
