def process(items):
    results = []
    for item in items:
        try:
            try:
                value = 100 // item
            except ZeroDivisionError:
                print('inner: zero, re-raising as ValueError')
                raise ValueError('zero not allowed')
            except TypeError:
                print('inner: wrong type', repr(item))
                continue
            results.append(value)
        except ValueError as e:
            print('outer:', e)
            results.append(None)
        finally:
            print('done with', repr(item))
    return results
print(process([5, 0, 'x', 20]))
def deep():
    try:
        try:
            try:
                raise KeyError('deepest')
            finally:
                print('finally 1')
        finally:
            print('finally 2')
    except KeyError as e:
        print('caught', e)
    finally:
        print('finally 3')
deep()
