def raiser(kind):
    if kind == 1:
        raise ZeroDivisionError('z')
    if kind == 2:
        raise ArithmeticError('a')
    if kind == 3:
        raise OverflowError('o')
    if kind == 4:
        raise KeyError('k')
    if kind == 5:
        raise LookupError('l')
for kind in range(1, 7):
    try:
        raiser(kind)
        print(kind, 'no exception')
    except ZeroDivisionError as e:
        print(kind, 'ZeroDivisionError', e)
    except ArithmeticError as e:
        print(kind, 'ArithmeticError handler', e)
    except KeyError as e:
        print(kind, 'KeyError', e)
    except LookupError as e:
        print(kind, 'LookupError handler', e)
for kind in [1, 3, 4]:
    try:
        raiser(kind)
    except Exception as e:
        print(kind, 'Exception handler', e)
