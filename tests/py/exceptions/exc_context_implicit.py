def show(e):
    chain = []
    while e is not None:
        chain.append(f'{type(e).__name__}({e})')
        e = e.__cause__ or e.__context__
    return ' <- '.join(chain)
try:
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError('k')
    except KeyError:
        raise ValueError('v')
except ValueError as e:
    print(show(e))
try:
    try:
        raise TypeError('t')
    except TypeError as t:
        raise RuntimeError('r') from t
except RuntimeError as e:
    print(show(e), e.__cause__ is e.__context__)
try:
    try:
        raise TypeError('t')
    finally:
        print('finally; context pending')
except TypeError as e:
    print(show(e))
try:
    try:
        raise KeyError('a')
    except KeyError:
        pass
    raise ValueError('after handled')
except ValueError as e:
    print(show(e), e.__context__)
