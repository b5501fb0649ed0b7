def risky(kind):
    if kind == 'key':
        return {}['k']
    if kind == 'index':
        return [][1]
    if kind == 'zero':
        return 1 / 0
    if kind == 'type':
        return 'a' + 1
    if kind == 'value':
        return int('v')
    return 'ok'
for kind in ['key', 'index', 'zero', 'type', 'value', 'none']:
    try:
        print(risky(kind))
    except (KeyError, IndexError) as e:
        print('lookup', type(e).__name__, e)
    except ZeroDivisionError as e:
        print('zero', e)
    except (TypeError, ValueError) as e:
        print('tv', type(e).__name__, e)
for kind in ['key', 'zero', 'value']:
    try:
        risky(kind)
    except LookupError as e:
        print('LookupError catches', type(e).__name__)
    except ArithmeticError as e:
        print('ArithmeticError catches', type(e).__name__)
    except Exception as e:
        print('Exception catches', type(e).__name__)
try:
    risky('key')
except:
    print('bare except')
errs = (KeyError, ZeroDivisionError)
try:
    risky('zero')
except errs as e:
    print('tuple var', type(e).__name__)
try:
    raise IndexError
except IndexError as e:
    print('class raised', repr(e))
try:
    pass
except NameError:
    print('no')
else:
    print('else ran')
e = 'before'
try:
    raise ValueError('x')
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
