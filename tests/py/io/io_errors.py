try:
    open('_tmp_does_not_exist.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e, e.errno, e.filename, isinstance(e, OSError))
try:
    open('_tmp_io_errors.txt', 'q')
except ValueError as e:
    print(type(e).__name__, e)
name = '_tmp_io_errors.txt'
with open(name, 'w') as f:
    f.write('x')
f = open(name)
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
with open(name) as f:
    try:
        f.write('nope')
    except Exception as e:
        print(type(e).__name__, e)
with open(name, 'w') as f:
    try:
        f.write(5)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    with open(name) as f:
        print(f.read())
        raise KeyError('inside with')
except KeyError as e:
    print('caught', e, f.closed)
with open(name, 'w') as f:
    f.write('')
